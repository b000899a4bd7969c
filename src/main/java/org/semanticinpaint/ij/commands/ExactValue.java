package org.semanticinpaint.ij.commands;

import java.util.ArrayList;
import java.util.List;

import org.semanticinpaint.engine.InpaintException;

/**
 * A macro value that must be one of a command's choices, exactly: {@code output=[into a new window]} or
 * {@code planes=[allow nothing]} would otherwise be taken for the choice they happen to start like.
 */
final class ExactValue {

	private ExactValue() {}

	/** @return the index of {@code value} among {@code allowed} */
	static int index(String key, String value, String... allowed) throws InpaintException {
		for (int i = 0; i < allowed.length; i++) if (allowed[i].equals(value)) return i;
		List<String> quoted = new ArrayList<>();
		for (String a : allowed) quoted.add("'" + a + "'");
		String last = quoted.remove(quoted.size() - 1);
		throw new InpaintException(key + " must be " + (quoted.isEmpty() ? "" : String.join(", ", quoted) + " or ") +
			last + ", not '" + value + "'.");
	}
}
