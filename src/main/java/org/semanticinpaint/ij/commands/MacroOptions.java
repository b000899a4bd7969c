package org.semanticinpaint.ij.commands;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of a macro options string as ImageJ's recorder writes them: {@code key=value}, {@code key=[value with
 * spaces]} and bare keys for ticked checkboxes ({@code overwrite}). {@code Macro.getValue} only looks a key up, so
 * a misspelt key ({@code modle=}) would go unnoticed; listing what is there lets a command refuse it.
 */
final class MacroOptions {

	private MacroOptions() {}

	/** Key -> value in the order given; a bare key maps to null. A later repeat of a key wins, as in ImageJ. */
	static Map<String, String> parse(String options) {
		Map<String, String> out = new LinkedHashMap<>();
		String s = options == null ? "" : options;
		int i = 0, n = s.length();
		while (i < n) {
			if (Character.isWhitespace(s.charAt(i))) { i++; continue; }
			int k = i;
			while (i < n && s.charAt(i) != '=' && !Character.isWhitespace(s.charAt(i))) i++;
			String key = s.substring(k, i);
			if (i >= n || s.charAt(i) != '=') { out.put(key, null); continue; }
			i++; // past '='
			int end;
			if (i < n && s.charAt(i) == '[') {
				end = s.indexOf(']', i + 1);
				if (end < 0) end = n;
				out.put(key, s.substring(i + 1, end));
				i = Math.min(n, end + 1);
			}
			else {
				end = i;
				while (end < n && !Character.isWhitespace(s.charAt(end))) end++;
				out.put(key, s.substring(i, end));
				i = end;
			}
		}
		return out;
	}
}
