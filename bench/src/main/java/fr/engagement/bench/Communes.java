package fr.engagement.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The communes of the territory tables that have a point, a postal code and a population, drawn in proportion to
 * their population: missions are where people live, and so are the people who search for them.
 */
final class Communes {

    final String[] insee;
    final String[] name;
    final String[] postalCode;
    final String[] department;
    final double[] latitude;
    final double[] longitude;
    private final long[] cumulative;
    private final Map<String, int[]> byDepartment = new HashMap<>();
    private final Map<String, long[]> cumulativeByDepartment = new HashMap<>();

    private Communes(List<Object[]> rows) {
        int n = rows.size();
        insee = new String[n];
        name = new String[n];
        postalCode = new String[n];
        department = new String[n];
        latitude = new double[n];
        longitude = new double[n];
        cumulative = new long[n];
        Map<String, List<Integer>> members = new HashMap<>();
        long total = 0;
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            insee[i] = (String) r[0];
            name[i] = (String) r[1];
            postalCode[i] = (String) r[2];
            department[i] = (String) r[3];
            latitude[i] = (Double) r[4];
            longitude[i] = (Double) r[5];
            total += (Integer) r[6];
            cumulative[i] = total;
            members.computeIfAbsent(department[i], d -> new ArrayList<>()).add(i);
        }
        members.forEach((d, list) -> {
            int[] indexes = list.stream().mapToInt(Integer::intValue).toArray();
            long[] sums = new long[indexes.length];
            long sum = 0;
            for (int k = 0; k < indexes.length; k++) {
                sum += weight(indexes[k]);
                sums[k] = sum;
            }
            byDepartment.put(d, indexes);
            cumulativeByDepartment.put(d, sums);
        });
    }

    static Communes load(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT c.insee_code, c.name, MIN(p.postal_code), c.department_code,"
                        + " c.latitude, c.longitude, c.population FROM commune c"
                        + " JOIN commune_postal_code p ON p.insee_code = c.insee_code"
                        + " WHERE c.latitude IS NOT NULL AND c.population > 0"
                        + " GROUP BY c.insee_code, c.name, c.department_code, c.latitude, c.longitude, c.population"
                        + " ORDER BY c.insee_code")) {
            while (r.next()) {
                rows.add(new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getDouble(5),
                        r.getDouble(6), r.getInt(7)});
            }
        }
        return new Communes(rows);
    }

    int size() {
        return insee.length;
    }

    /** A commune, in proportion to its population. */
    int draw(Random random) {
        return find(cumulative, (long) (random.nextDouble() * cumulative[cumulative.length - 1]));
    }

    /** A commune of that department, in proportion to its population. */
    int drawIn(String departmentCode, Random random) {
        long[] sums = cumulativeByDepartment.get(departmentCode);
        return byDepartment.get(departmentCode)[find(sums, (long) (random.nextDouble() * sums[sums.length - 1]))];
    }

    private long weight(int i) {
        return cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
    }

    private static int find(long[] sums, long target) {
        int i = Arrays.binarySearch(sums, target + 1);
        return i >= 0 ? i : -i - 1;
    }
}
