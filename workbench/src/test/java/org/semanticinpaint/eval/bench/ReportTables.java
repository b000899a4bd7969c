package org.semanticinpaint.eval.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the Markdown the benchmark prints back into sections of table rows (cells as text), for tests. */
final class ReportTables {

	private ReportTables() {}

	/** Section title ("## ..." without the hashes) -> rows of cells, header row first, separator row dropped. */
	static Map<String, List<List<String>>> parse(String markdown) {
		Map<String, List<List<String>>> sections = new LinkedHashMap<>();
		List<List<String>> current = null;
		boolean separatorSeen = false;
		for (String line : markdown.split("\n")) {
			if (line.startsWith("## ")) {
				current = new ArrayList<>();
				sections.put(line.substring(3).trim(), current);
				separatorSeen = false;
			}
			else if (current != null && line.startsWith("|")) {
				if (!separatorSeen && line.startsWith("| ---")) {
					separatorSeen = true;
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (String c : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) cells.add(c.trim());
				current.add(cells);
			}
		}
		return sections;
	}

	/** The cell under {@code column} (a header of the table's first row). */
	static String cell(List<List<String>> table, int row, String column) {
		int c = table.get(0).indexOf(column);
		if (c < 0) throw new AssertionError("no column '" + column + "' in " + table.get(0));
		return table.get(row).get(c);
	}

	/** The cell as a number; fails unless it is one. */
	static double number(List<List<String>> table, int row, String column) {
		String s = cell(table, row, column);
		try {
			return Double.parseDouble(s);
		}
		catch (NumberFormatException e) {
			throw new AssertionError("'" + column + "' of row " + table.get(row) + " is not a number: '" + s + "'");
		}
	}
}
