package app.tropa.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Makes a value for {@code tropa.auth.password-hash}: asks for the password (or reads one line
 * from standard input) and prints its hash. Needs nothing but the JDK:
 * {@code java -cp target/quarkus-app/app/tropa-<version>.jar app.tropa.security.HashPassword}.
 */
public final class HashPassword {

    private HashPassword() {
    }

    public static void main(String[] args) throws IOException {
        char[] password = read();
        if (password == null || password.length < 8) {
            System.err.println("Choose a password of at least 8 characters.");
            System.exit(2);
        }
        System.out.println(PasswordHash.hash(password));
    }

    private static char[] read() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Once more: ");
            if (first == null || !java.util.Arrays.equals(first, again)) {
                System.err.println("The two passwords differ; nothing was made.");
                System.exit(2);
            }
            return first;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? null : line.toCharArray();
    }
}
