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
rem Class-data sharing: the first start after a build (or with another Java) writes, as it exits, an
rem archive of the classes it loaded; later starts map it instead of loading them again. Named by the
rem Java it was made with; made again after a build. Its own notes are not the learner's concern.
for /f "usebackq delims=" %%i in (`powershell -NoProfile -Command "$r = Join-Path (Split-Path (Split-Path (Get-Command java).Source)) 'release'; if (Test-Path -LiteralPath $r) { (Get-FileHash -Algorithm SHA256 -LiteralPath $r).Hash.Substring(0,12) } else { 'unknown' }"`) do set "JAVA_ID=%%i"
set "CDS=%HERE%target\tropa-classes-%JAVA_ID%.jsa"
rem The JVM writes it read-only; Windows would then refuse to clean it away with the rest of target\.
if exist "%CDS%" attrib -R "%CDS%" >nul
if exist "%CDS%" powershell -NoProfile -Command "if ((Get-Item -LiteralPath '%JAR%').LastWriteTime -gt (Get-Item -LiteralPath '%CDS%').LastWriteTime) { Remove-Item -LiteralPath '%CDS%' }"
set "SHARING=-XX:ArchiveClassesAtExit=%CDS%"
if exist "%CDS%" set "SHARING=-XX:SharedArchiveFile=%CDS%"
java %JVM_OPTIONS% "%SHARING%" -Xlog:cds=off -Xlog:cds+dynamic=off %* -jar "%JAR%"
