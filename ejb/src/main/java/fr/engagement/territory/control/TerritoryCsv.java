package fr.engagement.territory.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the territory CSV files shipped under {@code /territory/} on the classpath (UTF-8, comma-separated, a header
 * line, RFC 4180 quoting) into rows, checking every code, so that a regenerated file with a shifted column fails the
 * migration loudly instead of loading wrong data. Columns are found by their header name, not their position.
 */
public final class TerritoryCsv {

    public static final String ROOT = "/territory/";
    public static final String REGIONS = "regions.csv";
    public static final String DEPARTMENTS = "departments.csv";
    public static final String COMMUNES = "communes.csv";
    public static final String ARRONDISSEMENTS = "arrondissements_municipaux.csv";
    public static final List<String> FILES = List.of(REGIONS, DEPARTMENTS, COMMUNES, ARRONDISSEMENTS);

    static final Pattern REGION_CODE = Pattern.compile("\\d{2,3}");
    static final Pattern DEPARTMENT_CODE = Pattern.compile("\\d{2,3}|2[AB]");
    static final Pattern INSEE_CODE = Pattern.compile("\\d[\\dAB]\\d{3}");
    static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    public record RegionRow(String code, String name) {}

    public record DepartmentRow(String code, String name, String regionCode) {}

    /** Population and coordinates may be null; coordinates are both present or both null. */
    public record CommuneRow(String inseeCode, String name, List<String> postalCodes, String departmentCode,
            String regionCode, Integer population, Double latitude, Double longitude) {}

    public record ArrondissementRow(String inseeCode, String name, List<String> postalCodes, String communeCode,
            Integer population, Double latitude, Double longitude) {}

    private TerritoryCsv() {}

    public static List<RegionRow> regions() {
        return read(REGIONS, TerritoryCsv::regions);
    }

    public static List<DepartmentRow> departments() {
        return read(DEPARTMENTS, TerritoryCsv::departments);
    }

    public static List<CommuneRow> communes() {
        return read(COMMUNES, TerritoryCsv::communes);
    }

    public static List<ArrondissementRow> arrondissements() {
        return read(ARRONDISSEMENTS, TerritoryCsv::arrondissements);
    }

    /** The raw bytes of a file, for checksums. */
    public static InputStream open(String file) {
        InputStream in = TerritoryCsv.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalStateException("territory data file not on the classpath: " + ROOT + file);
        }
        return in;
    }

    static List<RegionRow> regions(Reader reader) {
        return parse(reader, REGIONS, row -> new RegionRow(row.code("code", REGION_CODE), row.text("name")));
    }

    static List<DepartmentRow> departments(Reader reader) {
        return parse(reader, DEPARTMENTS, row -> new DepartmentRow(
                row.code("code", DEPARTMENT_CODE), row.text("name"), row.code("region_code", REGION_CODE)));
    }

    static List<CommuneRow> communes(Reader reader) {
        return parse(reader, COMMUNES, row -> {
            Double[] point = row.point("lat", "lon");
            return new CommuneRow(row.code("insee_code", INSEE_CODE), row.text("name"), row.postalCodes("postal_codes"),
                    row.code("department_code", DEPARTMENT_CODE), row.code("region_code", REGION_CODE),
                    row.optionalCount("population"), point[0], point[1]);
        });
    }

    static List<ArrondissementRow> arrondissements(Reader reader) {
        return parse(reader, ARRONDISSEMENTS, row -> {
            Double[] point = row.point("lat", "lon");
            return new ArrondissementRow(row.code("insee_code", INSEE_CODE), row.text("name"),
                    row.postalCodes("postal_codes"), row.code("commune_code", INSEE_CODE),
                    row.optionalCount("population"), point[0], point[1]);
        });
    }

    private static <T> List<T> read(String file, Function<Reader, List<T>> parser) {
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            List<T> rows = parser.apply(reader);
            if (rows.isEmpty()) {
                throw new IllegalStateException("territory data file has no rows: " + ROOT + file);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + file, e);
        }
    }

    static <T> List<T> parse(Reader reader, String source, Function<Row, T> mapper) {
        List<List<String>> records = records(reader, source);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + ": no header line");
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = records.get(0);
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).strip(), i);
        }
        List<T> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            // line numbers as an editor shows them (the header is line 1), assuming no line breaks inside quotes
            rows.add(mapper.apply(new Row(source, i + 1, header, records.get(i))));
        }
        return rows;
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; blank lines are skipped. */
    static List<List<String>> records(Reader reader, String source) {
        String text;
        try {
            StringWriter all = new StringWriter();
            reader.transferTo(all); // 2 MB at most: simpler than streaming, and the rows are kept anyway
            text = all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        // a byte order mark is not part of the first column's name
        for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch != '"') {
                    field.append(ch);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
                started = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
                started = true;
            } else if (ch == '\n' || ch == '\r') {
                endRecord(records, fields, field, started);
                fields = new ArrayList<>();
                started = false;
            } else {
                field.append(ch);
                started = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + ": unterminated quoted field");
        }
        endRecord(records, fields, field, started);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field, boolean started) {
        if (started || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        field.setLength(0);
    }

    /** One data line, read by column name; every accessor checks its value and names the line when it fails. */
    static final class Row {

        private final String source;
        private final int line;
        private final Map<String, Integer> header;
        private final List<String> values;

        Row(String source, int line, Map<String, Integer> header, List<String> values) {
            this.source = source;
            this.line = line;
            this.header = header;
            this.values = values;
            if (values.size() != header.size()) {
                throw invalid("expected " + header.size() + " columns, found " + values.size());
            }
        }

        String optional(String column) {
            Integer index = header.get(column);
            if (index == null) {
                throw new IllegalArgumentException(source + ": no column '" + column + "' in the header");
            }
            String value = values.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        String text(String column) {
            String value = optional(column);
            if (value == null) {
                throw invalid(column + " is empty");
            }
            return value;
        }

        String code(String column, Pattern pattern) {
            String value = text(column);
            if (!pattern.matcher(value).matches()) {
                throw invalid(column + " '" + value + "' is not a valid code");
            }
            return value;
        }

        List<String> postalCodes(String column) {
            String value = optional(column);
            if (value == null) {
                return List.of();
            }
            List<String> codes = new ArrayList<>();
            for (String code : value.split("\\|")) {
                String postalCode = code.strip();
                if (!POSTAL_CODE.matcher(postalCode).matches()) {
                    throw invalid(column + " '" + postalCode + "' is not a postal code");
                }
                if (!codes.contains(postalCode)) {
                    codes.add(postalCode);
                }
            }
            return List.copyOf(codes);
        }

        Integer optionalCount(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                int count = Integer.parseInt(value);
                if (count < 0) {
                    throw invalid(column + " is negative: " + value);
                }
                return count;
            } catch (NumberFormatException e) {
                throw invalid(column + " '" + value + "' is not a whole number");
            }
        }

        /** {latitude, longitude}, both null when both columns are empty. */
        Double[] point(String latitudeColumn, String longitudeColumn) {
            String latitude = optional(latitudeColumn);
            String longitude = optional(longitudeColumn);
            if (latitude == null && longitude == null) {
                return new Double[] {null, null};
            }
            if (latitude == null || longitude == null) {
                throw invalid("only one of " + latitudeColumn + " and " + longitudeColumn + " is given");
            }
            return new Double[] {degrees(latitudeColumn, latitude, 90), degrees(longitudeColumn, longitude, 180)};
        }

        private double degrees(String column, String value, double limit) {
            try {
                double degrees = Double.parseDouble(value);
                if (!(Math.abs(degrees) <= limit)) {
                    throw invalid(column + " out of range: " + value);
                }
                return degrees;
            } catch (NumberFormatException e) {
                throw invalid(column + " '" + value + "' is not a number");
            }
        }

        private IllegalArgumentException invalid(String message) {
            return new IllegalArgumentException(source + " line " + line + ": " + message);
        }
    }
}
