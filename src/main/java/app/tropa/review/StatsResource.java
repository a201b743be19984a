package app.tropa.review;

import app.tropa.platform.LearnerTime;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How memory is holding, as JSON: {@code today}, {@code months}, then one block per
 * {@link MemorySeries} under its key ({@code reviews}; {@code revisits} when that joins).
 */
@Path("/api/review/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    Instance<MemorySeries> series;

    @Inject
    LearnerTime time;

    @GET
    public Map<String, Object> stats(@QueryParam("months") @Min(1) @Max(MemoryStats.MAX_MONTHS) Integer months) {
        int m = months == null ? MemoryStats.DEFAULT_MONTHS : months;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("today", time.today());
        out.put("months", m);
        for (MemorySeries s : ordered(series)) {
            out.put(s.key(), s.stats(m));
        }
        return out;
    }

    static List<MemorySeries> ordered(Instance<MemorySeries> series) {
        return series.stream().sorted(Comparator.comparingInt(MemorySeries::order)).toList();
    }
}
