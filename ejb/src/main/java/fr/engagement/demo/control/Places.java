package fr.engagement.demo.control;

import fr.engagement.demo.control.PlaceCatalogue.Place;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionAddress;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.structures.entity.Structure;
import fr.engagement.territory.boundary.Territory;
import fr.engagement.territory.entity.Commune;
import fr.engagement.territory.entity.GeoPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where missions take place: communes of the structure's department resolved through the territory tables, as a
 * form's postal code and commune would be, and chosen among the nearest to the structure. Points come from
 * {@link Territory#locate}, so the districts of Paris and Lyon each have their own.
 */
final class Places {

    record Resolved(Place place, Commune commune, GeoPoint point) {

        String label() {
            return PlaceCatalogue.label(commune.getName(), commune.getInseeCode(), place.postalCode());
        }
    }

    private final Territory territory;
    private final Timeline time;
    private final Map<Place, Resolved> resolved = new HashMap<>();

    Places(Territory territory, Timeline time) {
        this.territory = territory;
        this.time = time;
    }

    Resolved resolve(Place place) {
        return resolved.computeIfAbsent(place, p -> {
            Commune c = territory.resolve(p.postalCode(), p.insee())
                    .orElseThrow(() -> new IllegalStateException("unknown commune " + p));
            GeoPoint point = territory.locate(p.postalCode(), p.insee())
                    .orElseThrow(() -> new IllegalStateException("no point for " + p));
            return new Resolved(p, c, point);
        });
    }

    /**
     * Places the mission at one commune near its structure (its own, often), sometimes two in the department,
     * and returns how people name the first one.
     */
    String placeNear(Structure s, Mission m) {
        Resolved home = resolve(new Place(s.getPostalCode(), s.getCommuneInsee()));
        List<Resolved> near = new ArrayList<>(PlaceCatalogue.BY_DEPARTMENT.get(s.getDepartment().getCode()).stream()
                .map(this::resolve).sorted(Comparator.comparingDouble(r -> r.point().distanceKm(home.point())))
                .toList());
        Resolved first = time.chance(0.4) ? home : near.get(time.random().nextInt(Math.min(5, near.size())));
        List<MissionAddress> addresses = new ArrayList<>();
        addresses.add(address(first));
        if (time.chance(0.15)) {
            near.remove(first);
            addresses.add(address(near.get(time.random().nextInt(Math.min(6, near.size())))));
        }
        m.placeAt(MissionType.ON_SITE, addresses);
        m.locateIn(first.commune().getDepartment());
        return first.label();
    }

    private MissionAddress address(Resolved r) {
        return new MissionAddress(time.pick(PlaceCatalogue.STREETS), r.place().postalCode(),
                r.commune().getInseeCode(), r.commune().getName(), r.commune().getDepartment().getCode(),
                r.point().latitude(), r.point().longitude());
    }
}
