package fr.engagement.demo.control;

import java.util.List;
import java.util.Map;

/**
 * Real communes of the demo's six departments, as (postal code, INSEE code) pairs that the territory tables
 * resolve, and ordinary street names to make addresses look lived in.
 */
final class PlaceCatalogue {

    /** A postal code and the INSEE code of the commune meant, exactly as a form would send them. */
    record Place(String postalCode, String insee) {}

    /** Department to its places; the districts of Paris and Lyon count as places of their own. */
    static final Map<String, List<Place>> BY_DEPARTMENT = Map.of(
            "69", places("69001:69123", "69003:69123", "69004:69123", "69007:69123", "69008:69123", "69009:69123",
                    "69100:69266", "69200:69259", "69120:69256", "69800:69290", "69300:69034", "69500:69029",
                    "69400:69264", "69140:69286", "69700:69091", "69130:69081", "69230:69204"),
            "01", places("01000:01053", "01100:01283", "01200:01033", "01500:01004", "01170:01173", "01210:01160",
                    "01300:01034", "01700:01249", "01800:01244", "01600:01427", "01440:01451", "01960:01289"),
            "75", places("75003:75056", "75005:75056", "75010:75056", "75011:75056", "75012:75056", "75013:75056",
                    "75014:75056", "75015:75056", "75017:75056", "75018:75056", "75019:75056", "75020:75056"),
            "93", places("93200:93066", "93100:93048", "93300:93001", "93600:93005", "93160:93051", "93500:93055",
                    "93000:93008", "93400:93070", "93140:93010", "93170:93006", "93120:93027"),
            "33", places("33000:33063", "33100:33063", "33800:33063", "33700:33281", "33600:33318", "33400:33522",
                    "33130:33039", "33260:33529", "33500:33243", "33470:33199", "33150:33119", "33510:33005",
                    "33110:33069"),
            "40", places("40000:40192", "40100:40088", "40600:40046", "40990:40279", "40220:40312", "40130:40065",
                    "40140:40310", "40200:40184", "40280:40281", "40150:40304", "40800:40001"));

    static final List<String> DEPARTMENTS = List.of("69", "01", "75", "93", "33", "40");

    static final List<String> STREETS = List.of(
            "12 rue Victor Hugo", "Place de la Mairie", "45 avenue Jean Jaurès", "3 rue Pasteur",
            "Maison des associations, 8 rue Gambetta", "Salle polyvalente, rue de l'Église", "27 boulevard de la Liberté",
            "Centre social, 5 allée des Tilleuls", "Gymnase municipal, rue du Stade", "19 rue de la République",
            "Médiathèque, 2 place du Marché", "Parc municipal, entrée avenue Foch", "14 rue Jules Ferry",
            "Local associatif, 31 rue Voltaire", "Espace jeunesse, 6 rue Émile Zola", "Jardin partagé, rue des Lilas");

    private PlaceCatalogue() {}

    /** "Lyon 4e", "Paris 18e", else the commune's name: how people say where a mission is. */
    static String label(String communeName, String insee, String postalCode) {
        if ("75056".equals(insee) || "69123".equals(insee) || "13055".equals(insee)) {
            int district = Integer.parseInt(postalCode.substring(3));
            if ("75056".equals(insee) && postalCode.equals("75116")) {
                district = 16;
            }
            return communeName + " " + district + (district == 1 ? "er" : "e");
        }
        return communeName;
    }

    private static List<Place> places(String... pairs) {
        return java.util.Arrays.stream(pairs).map(p -> p.split(":")).map(p -> new Place(p[0], p[1])).toList();
    }
}
