package app.tropa.http;

/**
 * What the layout needs from sign-in and form protection: the browser's form token, repeated in
 * every form, and whether sign-in is on (then the header offers signing out). The security
 * package provides it, so the layout never reaches up into security.
 */
public interface PageSecurity {

    String formToken();

    boolean signInRequired();
}
