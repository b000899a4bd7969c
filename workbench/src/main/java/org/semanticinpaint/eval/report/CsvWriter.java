package org.semanticinpaint.eval.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link ResultTable} as CSV (RFC 4180 quoting, '\n' line ends, UTF-8): a header line, then one line per row.
 * Numbers keep full precision ({@link Double#toString}), NaN becomes an empty field and infinities "inf"/"-inf",
 * which spreadsheets, pandas and R all read as missing or infinite.
 */
public final class CsvWriter {

	private CsvWriter() {}

	public static String toCsv(ResultTable table) {
		StringBuilder sb = new StringBuilder(field(table.labelHeader()));
		for (String c : table.columns()) sb.append(',').append(field(c));
		sb.append('\n');
		for (ResultTable.Row row : table.rows()) {
			sb.append(field(row.label()));
			for (double v : row.values()) sb.append(',').append(number(v));
			sb.append('\n');
		}
		return sb.toString();
	}

	/** Writes {@link #toCsv}, creating missing parent folders and replacing an existing file. */
	public static void write(ResultTable table, Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) Files.createDirectories(parent);
		Files.writeString(file, toCsv(table), StandardCharsets.UTF_8);
	}

	static String number(double v) {
		if (Double.isNaN(v)) return "";
		if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
		return Double.toString(v);
	}

	/** Quoted only when needed: a comma, quote or line break inside; quotes doubled. */
	static String field(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0)
			return text;
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
