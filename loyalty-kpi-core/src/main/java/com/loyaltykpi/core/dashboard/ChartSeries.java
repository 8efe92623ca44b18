package com.loyaltykpi.core.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.kpi.KpiTable;
import com.loyaltykpi.core.period.Segment;

/**
 * The dashboard's charts as plain data (period labels, one list of numbers per line, null where a KPI is
 * undefined), written as JSON into the page for Chart.js. Ratios become percentages, as the cards show them.
 */
public final class ChartSeries {

    private final Map<String, Object> data = new LinkedHashMap<String, Object>();

    private ChartSeries() {
    }

    static ChartSeries of(KpiTable table, Locale locale) {
        ChartSeries series = new ChartSeries();
        Granularity step = table.query().granularity();
        List<LocalDate> starts = table.query().periodStarts();
        List<String> labels = new ArrayList<String>();
        for (LocalDate start : starts) {
            labels.add(label(step, start, locale));
        }
        series.data.put("labels", labels);
        series.data.put("aovMember", series.line(table, starts, Kpi.AOV, Segment.MEMBER, 1));
        series.data.put("aovNonMember", series.line(table, starts, Kpi.AOV, Segment.NON_MEMBER, 1));
        series.data.put("aovGap", series.line(table, starts, Kpi.AOV_GAP, Segment.ALL, 1));
        series.data.put("memberShare", series.line(table, starts, Kpi.MEMBER_SHARE, Segment.ALL, 100));
        series.data.put("marginMember", series.line(table, starts, Kpi.MARGIN, Segment.MEMBER, 100));
        series.data.put("marginNonMember", series.line(table, starts, Kpi.MARGIN, Segment.NON_MEMBER, 100));
        series.data.put("csi", series.line(table, starts, Kpi.CSI, Segment.ALL, 1));
        series.data.put("csiMargin", series.line(table, starts, Kpi.CSI_MARGIN, Segment.ALL, 1));
        series.data.put("csiWeighted", series.line(table, starts, Kpi.CSI_WEIGHTED, Segment.ALL, 1));
        series.data.put("csiWeightedMargin", series.line(table, starts, Kpi.CSI_WEIGHTED_MARGIN, Segment.ALL, 1));
        series.data.put("nps", series.line(table, starts, Kpi.NPS, Segment.ALL, 1));
        series.data.put("npsMargin", series.line(table, starts, Kpi.NPS_MARGIN, Segment.ALL, 1));
        return series;
    }

    private List<Double> line(KpiTable table, List<LocalDate> starts, Kpi kpi, Segment segment, int scale) {
        List<Double> values = new ArrayList<Double>();
        for (LocalDate start : starts) {
            BigDecimal value = table.row(start, segment).value(kpi);
            values.add(value == null ? null : value.doubleValue() * scale);
        }
        return values;
    }

    static String label(Granularity step, LocalDate start, Locale locale) {
        switch (step) {
            case DAY:
                return start.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale));
            case WEEK:
                return start.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH:
                return start.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
            case QUARTER:
                return start.getYear() + " Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            default:
                return String.valueOf(start.getYear());
        }
    }

    /** Series by name: labels, aovMember, aovNonMember, aovGap, memberShare, marginMember, ... */
    public Map<String, Object> data() {
        return data;
    }
}
