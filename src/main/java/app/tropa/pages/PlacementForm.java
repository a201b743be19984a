package app.tropa.pages;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.http.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The placement form's fields as ticks per step: {@code tick=<nodeId>:<index>} for one checkpoint,
 * {@code all=<phase>/<rung>} for "I can do all of these" (every checkpoint of the cell's steps).
 */
final class PlacementForm {

    private PlacementForm() {
    }

    static Map<String, List<Integer>> ticks(Curriculum curriculum, List<String> ticks, List<String> cells) {
        Map<String, TreeSet<Integer>> chosen = new LinkedHashMap<>();
        for (String value : ticks == null ? List.<String>of() : ticks) {
            int colon = value.lastIndexOf(':');
            if (colon < 1) {
                throw Problem.badRequest("invalid-tick", "'" + value + "' is not a step id and a checkpoint number "
                        + "such as why-your-own-ai:0.", Map.of("field", "tick"));
            }
            try {
                chosen.computeIfAbsent(value.substring(0, colon), id -> new TreeSet<>())
                        .add(Integer.parseInt(value.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw Problem.badRequest("invalid-tick", "'" + value + "' does not end in a checkpoint number.",
                        Map.of("field", "tick"));
            }
        }
        for (String cell : cells == null ? List.<String>of() : cells) {
            String[] parts = cell.split("/", 2);
            List<Node> nodes = parts.length == 2 ? curriculum.cell(parts[0], parts[1]) : List.of();
            if (nodes.isEmpty()) {
                throw Problem.badRequest("invalid-cell", "'" + cell + "' is not a cell of the map (phase/rung).",
                        Map.of("field", "all"));
            }
            for (Node node : nodes) {
                TreeSet<Integer> all = chosen.computeIfAbsent(node.id(), id -> new TreeSet<>());
                for (int i = 0; i < node.checkpoints().size(); i++) {
                    all.add(i);
                }
            }
        }
        Map<String, List<Integer>> result = new LinkedHashMap<>();
        chosen.forEach((id, indexes) -> {
            if (!indexes.isEmpty()) {
                result.put(id, List.copyOf(indexes));
            }
        });
        return result;
    }

    /** The ticks as the form sends them again, for the preview's hidden fields. */
    static List<String> values(Map<String, List<Integer>> ticks) {
        List<String> values = new ArrayList<>();
        ticks.forEach((id, indexes) -> indexes.forEach(i -> values.add(id + ":" + i)));
        return values;
    }
}
