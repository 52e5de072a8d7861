package fr.engagement.missions.boundary;

import java.util.List;

public record SearchPage(List<MissionHit> hits, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
