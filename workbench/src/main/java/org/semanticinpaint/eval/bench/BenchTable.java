package org.semanticinpaint.eval.bench;

import java.util.ArrayList;
import java.util.List;

import org.semanticinpaint.eval.report.MarkdownTable;
import org.semanticinpaint.eval.report.ResultTable;

/**
 * A titled {@link ResultTable} of numbers followed by a few text columns (PASS/FAIL verdicts), which ResultTable
 * cannot hold. The numbers are rendered by {@link MarkdownTable} as everywhere else and the text cells appended
 * to each line.
 */
public final class BenchTable {

	private final String title;
	private final ResultTable numbers;
	private final int[] decimals;
	private final List<String> textColumns;
	private final List<String[]> texts = new ArrayList<>();

	/** @param decimals one per numeric column */
	public BenchTable(String title, String labelHeader, List<String> columns, int[] decimals, List<String> textColumns) {
		if (decimals.length != columns.size())
			throw new IllegalArgumentException(decimals.length + " decimal counts for " + columns.size() + " columns");
		this.title = title;
		this.numbers = new ResultTable(labelHeader, columns);
		this.decimals = decimals.clone();
		this.textColumns = List.copyOf(textColumns);
	}

	public BenchTable addRow(String label, double[] values, String... text) {
		if (text.length != textColumns.size())
			throw new IllegalArgumentException(text.length + " text cells for " + textColumns.size() + " text columns");
		numbers.addRow(label, values);
		texts.add(text.clone());
		return this;
	}

	public String title() {
		return title;
	}

	public ResultTable numbers() {
		return numbers;
	}

	public List<String> textColumns() {
		return textColumns;
	}

	public int rowCount() {
		return texts.size();
	}

	/** The number in the column named {@code column} of row {@code row}. */
	public double value(int row, String column) {
		int c = numbers.columns().indexOf(column);
		if (c < 0) throw new IllegalArgumentException("no column '" + column + "' in " + numbers.columns());
		return numbers.rows().get(row).values()[c];
	}

	/** Text cell {@code column} of row {@code row}. */
	public String text(int row, int column) {
		return texts.get(row)[column];
	}

	public String markdown() {
		String[] lines = MarkdownTable.render(numbers, decimals).split("\n");
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			sb.append(lines[i]);
			for (int c = 0; c < textColumns.size(); c++) {
				String cell = i == 0 ? textColumns.get(c) : i == 1 ? ":---:" : texts.get(i - 2)[c];
				sb.append(' ').append(cell.replace("|", "\\|")).append(" |");
			}
			sb.append('\n');
		}
		return sb.toString();
	}
}
