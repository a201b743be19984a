package app.tropa.security;

import app.tropa.http.PageSecurity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The layout's view of this request's form token and sign-in. */
@RequestScoped
public class FormTokenPageSecurity implements PageSecurity {

    @Inject
    CsrfToken csrf;

    @Inject
    Sessions sessions;

    @Override
    public String formToken() {
        return csrf.value();
    }

    @Override
    public boolean signInRequired() {
        return sessions.required();
    }
}
