package fr.engagement.partners.faces;

import fr.engagement.partners.boundary.PartnerSpace;
import fr.engagement.platform.entity.AccessDeniedException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The numbers of the partner space's activity tables as a CSV file for a spreadsheet (semicolons and a byte order
 * mark, as French spreadsheets read them): one line per day and direction. Under {@code /partenaire/}, so only
 * partner accounts reach it, and {@link PartnerSpace} checks the publisher is the caller's.
 */
@WebServlet("/partenaire/statistiques.csv")
public class PartnerActivityCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    PartnerSpace space;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PartnerSpace.Overview o;
        try {
            o = space.overview(request.getParameter("partenaire"));
        } catch (EJBAccessException | AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Ce partenaire n'est pas le vôtre.");
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"statistiques-" + o.publisher().getId()
                + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print("jour;sens;impressions;redirections;créations de compte;candidatures\r\n");
        write(out, "reçus", o.received());
        write(out, "générés", o.sent());
        out.flush();
    }

    private static void write(PrintWriter out, String direction, PartnerSpace.Activity activity) {
        for (PartnerSpace.Day d : activity.days()) {
            out.print(d.day() + ";" + direction + ";" + d.prints() + ";" + d.clicks() + ";" + d.accounts() + ";"
                    + d.applies() + "\r\n");
        }
    }
}
