package org.semanticinpaint.eval.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows of labelled numbers under named columns, e.g. one row per method and one column per metric. The one
 * source that {@link MarkdownTable} and {@link CsvWriter} both render, so the README and the CSV cannot disagree.
 */
public final class ResultTable {

	/** One labelled row; {@code values[i]} belongs to column i. */
	public record Row(String label, double[] values) {}

	private final String labelHeader;
	private final List<String> columns;
	private final List<Row> rows = new ArrayList<>();

	/** @param labelHeader heading of the label column, e.g. "Method" */
	public ResultTable(String labelHeader, List<String> columns) {
		this.labelHeader = labelHeader;
		this.columns = List.copyOf(columns);
	}

	public ResultTable(String labelHeader, String... columns) {
		this(labelHeader, List.of(columns));
	}

	/** Appends a row; needs one value per column (NaN for "not measured"). */
	public ResultTable addRow(String label, double... values) {
		if (values.length != columns.size()) throw new IllegalArgumentException(
			"row '" + label + "' has " + values.length + " values for " + columns.size() + " columns");
		rows.add(new Row(label, values.clone()));
		return this;
	}

	public String labelHeader() {
		return labelHeader;
	}

	public List<String> columns() {
		return columns;
	}

	public List<Row> rows() {
		return Collections.unmodifiableList(rows);
	}
}
