package fr.engagement.territory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.engagement.territory.control.TerritoryCsv.ArrondissementRow;
import fr.engagement.territory.control.TerritoryCsv.CommuneRow;
import fr.engagement.territory.control.TerritoryCsv.DepartmentRow;
import fr.engagement.territory.control.TerritoryCsv.RegionRow;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TerritoryCsvTest {

    static List<RegionRow> regions;
    static List<DepartmentRow> departments;
    static List<CommuneRow> communes;
    static Map<String, CommuneRow> communesByCode;

    @BeforeAll
    static void readShippedFiles() {
        regions = TerritoryCsv.regions();
        departments = TerritoryCsv.departments();
        communes = TerritoryCsv.communes();
        communesByCode = communes.stream().collect(Collectors.toMap(CommuneRow::inseeCode, Function.identity()));
    }

    @Test
    void shippedFilesHaveTheDocumentedRowCounts() {
        assertThat(communes).hasSize(34_969);
        assertThat(departments).hasSize(109);
        assertThat(regions).hasSize(26);
        assertThat(TerritoryCsv.arrondissements()).hasSize(45);
    }

    @Test
    void codesAreUnique() {
        assertThat(communesByCode).hasSize(communes.size());
        assertThat(departments.stream().map(DepartmentRow::code).distinct()).hasSize(109);
        assertThat(regions.stream().map(RegionRow::code).distinct()).hasSize(26);
    }

    @Test
    void everyReferenceExists() {
        Set<String> regionCodes = regions.stream().map(RegionRow::code).collect(Collectors.toSet());
        Set<String> departmentCodes = departments.stream().map(DepartmentRow::code).collect(Collectors.toSet());
        assertThat(departments).allMatch(department -> regionCodes.contains(department.regionCode()));
        assertThat(communes).allMatch(commune -> departmentCodes.contains(commune.departmentCode())
                && regionCodes.contains(commune.regionCode()));
        assertThat(TerritoryCsv.arrondissements()).allMatch(arrondissement -> communesByCode.containsKey(arrondissement.communeCode()));
    }

    @Test
    void ajaccioIsIn2AWithPostalCode20000() {
        CommuneRow ajaccio = communesByCode.get("2A004");
        assertThat(ajaccio.name()).isEqualTo("Ajaccio");
        assertThat(ajaccio.departmentCode()).isEqualTo("2A");
        assertThat(ajaccio.regionCode()).isEqualTo("94");
        assertThat(ajaccio.postalCodes()).contains("20000");
        assertThat(ajaccio.population()).isPositive();
    }

    @Test
    void parisCarriesAllItsDistrictsPostalCodes() {
        CommuneRow paris = communesByCode.get("75056");
        assertThat(paris.postalCodes()).hasSize(21).contains("75001", "75011", "75020", "75116");
        assertThat(paris.latitude()).isCloseTo(48.85, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void arrondissementPostalCodesAreTheirCommunes() {
        // so that a district's postal code resolves to its commune, then to the district's point
        assertThat(TerritoryCsv.arrondissements()).allSatisfy(arrondissement -> assertThat(
                communesByCode.get(arrondissement.communeCode()).postalCodes()).containsAll(arrondissement.postalCodes()));
    }

    @Test
    void communesWithoutCoordinatesAreKeptWithNullPoint() {
        List<CommuneRow> withoutPoint = communes.stream().filter(commune -> commune.latitude() == null).toList();
        assertThat(withoutPoint).hasSize(6)
                .allMatch(commune -> commune.longitude() == null)
                .extracting(CommuneRow::inseeCode)
                .contains("98411", "98901");
        CommuneRow kerguelen = communesByCode.get("98412");
        assertThat(kerguelen.postalCodes()).isEmpty();
        assertThat(kerguelen.population()).isNull();
    }

    @Test
    void everyPostalCodeHasFiveDigits() {
        long pairs = communes.stream().mapToLong(commune -> commune.postalCodes().size()).sum();
        assertThat(pairs).isEqualTo(35_493);
        assertThat(communes).allMatch(commune -> commune.postalCodes().stream().allMatch(code -> code.matches("\\d{5}")));
    }

    @Test
    void columnsAreFoundByNameNotPosition() {
        String csv = "name,code\nÎle-de-France,11\n";
        assertThat(TerritoryCsv.regions(new StringReader(csv))).containsExactly(new RegionRow("11", "Île-de-France"));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        String csv = "\uFEFFcode,name\r\n11,\"Paris, \"\"la\"\"\nville\"\r\n\r\n93,Provence\n";
        assertThat(TerritoryCsv.regions(new StringReader(csv)))
                .containsExactly(new RegionRow("11", "Paris, \"la\"\nville"), new RegionRow("93", "Provence"));
    }

    @Test
    void emptyPopulationAndCoordinatesAreNull() {
        String csv = "insee_code,name,postal_codes,department_code,region_code,population,lat,lon\n"
                + "98901,Île de Clipperton,98799,989,989,,,\n"
                + "2B033,Bastia,20200|20600|20200,2B,94,48000,42.70278,9.45\n";
        List<CommuneRow> rows = TerritoryCsv.communes(new StringReader(csv));
        assertThat(rows.get(0)).isEqualTo(new CommuneRow("98901", "Île de Clipperton", List.of("98799"), "989", "989",
                null, null, null));
        assertThat(rows.get(1).postalCodes()).containsExactly("20200", "20600");
        assertThat(rows.get(1).population()).isEqualTo(48000);
        assertThat(rows.get(1).longitude()).isEqualTo(9.45);
    }

    @Test
    void arrondissementRowsPointToTheirCommune() {
        String csv = "insee_code,name,postal_codes,commune_code,department_code,region_code,population,lat,lon,coord_source\n"
                + "75116,Paris 16e Arrondissement,75016|75116,75056,75,11,159386,48.85341,2.3488,parent_commune\n";
        assertThat(TerritoryCsv.arrondissements(new StringReader(csv))).containsExactly(new ArrondissementRow("75116",
                "Paris 16e Arrondissement", List.of("75016", "75116"), "75056", 159386, 48.85341, 2.3488));
    }

    @Test
    void badRowsFailWithFileAndLine() {
        String header = "insee_code,name,postal_codes,department_code,region_code,population,lat,lon\n";
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TerritoryCsv.communes(new StringReader(header + "01001,A,01400,01,84,860,46.1,5.0\n0100,B,01400,01,84,1,,\n")))
                .withMessageContaining("communes.csv line 3").withMessageContaining("insee_code");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TerritoryCsv.communes(new StringReader(header + "01001,A,1400,01,84,860,46.1,5.0\n")))
                .withMessageContaining("postal_codes");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TerritoryCsv.communes(new StringReader(header + "01001,A,01400,01,84,860,46.1,\n")))
                .withMessageContaining("only one of lat and lon");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TerritoryCsv.communes(new StringReader(header + "01001,A,01400,01,84,860,46.1,5.0,extra\n")))
                .withMessageContaining("columns");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TerritoryCsv.communes(new StringReader(header + "01001,A,01400,01,84,many,46.1,5.0\n")))
                .withMessageContaining("population");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TerritoryCsv.regions(new StringReader("code,label\n11,X\n")))
                .withMessageContaining("no column 'name'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TerritoryCsv.regions(new StringReader("code,name\n11,\"X\n")))
                .withMessageContaining("unterminated");
    }
}
