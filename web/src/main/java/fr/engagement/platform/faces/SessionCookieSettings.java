package fr.engagement.platform.faces;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is Secure in production (TLS in front); the demo and the tests serve plain HTTP on loopback
 * and turn it off with {@code app.session-cookie-secure=false}. web.xml cannot read configuration, hence this;
 * SameSite is set in payara-web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("app.session-cookie-secure", Boolean.class).orElse(true);
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(secure);
        cookie.setHttpOnly(true);
    }
}
