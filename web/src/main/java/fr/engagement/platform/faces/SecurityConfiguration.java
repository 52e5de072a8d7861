package fr.engagement.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own French page (a Faces view calling {@code SecurityContext.authenticate}), against the
 * database identity store {@code AccountIdentityStore}. Role constraints are in web.xml; scope checks are in every
 * boundary.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/connexion.xhtml", useForwardToLogin = false, errorPage = ""))
@ApplicationScoped
public class SecurityConfiguration {}
