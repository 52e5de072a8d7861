package fr.engagement.it;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The HTTP address of the deployment, for in-container tests that call its routes: Arquillian reaches the test
 * through an HTTP request to this very application, which this listener sees before the test runs.
 */
@WebListener
public class LocalPort implements ServletRequestListener {

    private static volatile String base;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (base == null && event.getServletRequest() instanceof HttpServletRequest http) {
            base = "http://127.0.0.1:" + http.getLocalPort() + http.getContextPath();
        }
    }

    /** e.g. http://127.0.0.1:8123/engagement (no trailing slash). */
    public static String base() {
        if (base == null) {
            throw new IllegalStateException("No request seen yet");
        }
        return base;
    }
}
