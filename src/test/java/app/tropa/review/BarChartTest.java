package app.tropa.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarChartTest {

    @Test
    void barsAreScaledToTheLargestValueAndKeepTheirFiguresAsTableRows() {
        BarChart chart = BarChart.of(List.of(new BarChart.Point("Monday", "M", 2, "2", true),
                new BarChart.Point("Tuesday", "T", 4, "4", true), new BarChart.Point("Wed", "W", 0, "0", false)),
                0, 10, 2);

        int plot = BarChart.HEIGHT - BarChart.TOP - BarChart.BOTTOM;
        assertEquals(plot, chart.bars().get(1).height());
        assertEquals(plot / 2, chart.bars().get(0).height());
        assertEquals(0, chart.bars().get(2).height());
        assertEquals("M", chart.bars().get(0).tick());
        assertNull(chart.bars().get(1).tick(), "only every second bar is labelled");
        assertEquals(new BarChart.Row("Tuesday", "4"), chart.rows().get(1));
        assertEquals(34, chart.width());
        assertFalse(chart.empty());
    }

    @Test
    void aChartWithNothingKnownIsEmptyButAKnownZeroStillShows() {
        assertTrue(BarChart.of(List.of(new BarChart.Point("a", "a", 0, "–", false)), 100, 10, 1).empty());
        BarChart zero = BarChart.of(List.of(new BarChart.Point("a", "a", 0, "0 %", true)), 100, 10, 1);
        assertFalse(zero.empty());
        assertEquals(1, zero.bars().get(0).height(), "a month at 0 % is a sliver, not nothing");
    }
}
