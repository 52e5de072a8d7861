package fr.engagement.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only door for client-side tests (deployed with the ITs, never with the application): POST creates an
 * announcer with the given feed and answers "id key" — its id and a fresh API key; with action=admin, an
 * administrator with the given password, answering the email; with action=partner, a partner account of the
 * publisher {@code id}.
 */
@WebServlet("/it/partners")
public class PartnerFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    PartnerFixtures partners;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("admin".equals(request.getParameter("action"))) {
            response.setContentType("text/plain");
            response.getWriter().write(partners.admin(request.getParameter("password")));
            return;
        }
        if ("partner".equals(request.getParameter("action"))) {
            response.setContentType("text/plain");
            response.getWriter().write(partners.partnerAccount(request.getParameter("id"),
                    request.getParameter("password")));
            return;
        }
        if ("mission".equals(request.getParameter("action"))) {
            var m = partners.mission(request.getParameter("id"), request.getParameter("clientId"));
            response.setContentType("text/plain");
            response.getWriter().write(m == null ? "none" : m.getDeletedAt() == null ? "live" : "deleted");
            return;
        }
        String id = partners.announcer(request.getParameter("name"), request.getParameter("feed"), null);
        String key = partners.apiKey(id);
        response.setContentType("text/plain");
        response.getWriter().write(id + " " + key);
    }
}
