package org.semanticinpaint.eval.report;

import java.util.Arrays;
import java.util.Locale;

/**
 * A {@link ResultTable} as a GitHub-flavoured Markdown table: label column left-aligned, numbers right-aligned with
 * fixed decimals (always with a '.' whatever the machine's locale), NaN as "n/a", infinities as "inf".
 */
public final class MarkdownTable {

	private MarkdownTable() {}

	/** Every column with the same number of decimals. */
	public static String render(ResultTable table, int decimals) {
		int[] d = new int[table.columns().size()];
		Arrays.fill(d, decimals);
		return render(table, d);
	}

	/** {@code decimals[i]} decimals in column i (e.g. 2 for PSNR in dB, 4 for SSIM). */
	public static String render(ResultTable table, int[] decimals) {
		int n = table.columns().size();
		if (decimals.length != n)
			throw new IllegalArgumentException(decimals.length + " decimal counts for " + n + " columns");
		StringBuilder sb = new StringBuilder();
		sb.append("| ").append(cell(table.labelHeader()));
		for (String c : table.columns()) sb.append(" | ").append(cell(c));
		sb.append(" |\n| ---");
		for (int i = 0; i < n; i++) sb.append(" | ---:");
		sb.append(" |\n");
		for (ResultTable.Row row : table.rows()) {
			sb.append("| ").append(cell(row.label()));
			for (int i = 0; i < n; i++) sb.append(" | ").append(number(row.values()[i], decimals[i]));
			sb.append(" |\n");
		}
		return sb.toString();
	}

	static String number(double v, int decimals) {
		if (Double.isNaN(v)) return "n/a";
		if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
		return String.format(Locale.ROOT, "%." + decimals + "f", v);
	}

	/** A '|' would end the cell and a line break the row. */
	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
	}
}
