@echo off
rem Starts Tropa on Windows. Builds the app first only when nothing is built yet or a source file
rem changed since the last build. Any -Dkey=value is passed to the app. The data folder and config\
rem stay relative to where you start it, as with the jar itself.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%target\quarkus-app\quarkus-run.jar"
set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if not defined BUILD (
  powershell -NoProfile -Command "$built = (Get-Item -LiteralPath '%JAR%').LastWriteTime; $newer = Get-ChildItem -LiteralPath '%HERE%pom.xml','%HERE%src\main','%HERE%curriculum' -Recurse -File | Where-Object { $_.LastWriteTime -gt $built } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "BUILD=1"
)
if defined BUILD (
  echo Building Tropa first ^(a fresh checkout, or the sources changed^)...
  call mvn -B -q -ntp -f "%HERE%pom.xml" -DskipTests package || exit /b 1
  powershell -NoProfile -Command "(Get-Item -LiteralPath '%JAR%').LastWriteTime = Get-Date"
)
for /f "usebackq delims=" %%o in (`powershell -NoProfile -Command "([xml](Get-Content -LiteralPath '%HERE%pom.xml')).project.properties.'tropa.jvm.options'"`) do set "JVM_OPTIONS=%%o"
java %JVM_OPTIONS% %* -jar "%JAR%"
