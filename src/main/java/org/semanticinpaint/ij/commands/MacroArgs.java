package org.semanticinpaint.ij.commands;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;

import org.semanticinpaint.engine.InpaintException;

/**
 * Run from a macro (or headless), every value comes from the macro's options and no window opens; run from the
 * menu, a GenericDialog asks and ImageJ's recorder records its fields under the same keys (the first word of a
 * field's label, lower case). This is the pattern DeepImageJ and SAMJ use. Keys are checked against the command's
 * own before anything runs, so a misspelt key is refused rather than silently replaced by a default.
 */
final class MacroArgs {

	private final Map<String, String> values;

	private MacroArgs(String options) {
		this.values = MacroOptions.parse(options);
	}

	/** Null when the command was started from the menu. */
	static MacroArgs current() {
		String o = Macro.getOptions();
		return o == null ? null : new MacroArgs(o);
	}

	/** For tests: the options of a {@code run(command, options)} call. */
	static MacroArgs of(String options) {
		return new MacroArgs(options);
	}

	/**
	 * Refuses keys the command does not have, valued keys given bare and checkboxes given a value.
	 * @param command the menu label, for the message
	 * @param keys the command's valued keys
	 * @param flags the command's checkbox keys (bare when ticked)
	 */
	void check(String command, List<String> keys, List<String> flags) throws InpaintException {
		for (Map.Entry<String, String> e : values.entrySet()) {
			String k = e.getKey();
			boolean bare = e.getValue() == null;
			if (keys.contains(k) && !bare || flags.contains(k) && bare) continue;
			if (flags.contains(k)) throw new InpaintException(command + ": '" + k + "' is a checkbox; write it " +
				"alone ('" + k + "') to tick it and leave it out otherwise, not '" + k + "=" + e.getValue() + "'.");
			if (keys.contains(k)) throw new InpaintException(command + ": '" + k + "' needs a value (" + k +
				"=[...]).");
			throw new InpaintException(command + ": unknown macro key '" + k + "'. The keys are " +
				String.join(", ", all(keys, flags)) + ".");
		}
	}

	/** {@link #check}, with the refusal shown as the one message; false when refused. */
	boolean accepts(String command, List<String> keys, List<String> flags) {
		try {
			check(command, keys, flags);
			return true;
		}
		catch (InpaintException e) {
			Messages.error(e.getMessage());
			return false;
		}
	}

	private static List<String> all(List<String> keys, List<String> flags) {
		String[] out = Arrays.copyOf(keys.toArray(new String[0]), keys.size() + flags.size());
		for (int i = 0; i < flags.size(); i++) out[keys.size() + i] = flags.get(i);
		return Arrays.asList(out);
	}

	String get(String key, String defaultValue) {
		String v = values.get(key);
		return v == null ? defaultValue : v;
	}

	/** A checkbox: its bare key, as ImageJ's recorder writes a ticked one ({@code overwrite}). */
	boolean flag(String key) {
		return values.containsKey(key) && values.get(key) == null;
	}

	/** No windows beyond images: macros in batch mode, headless runs. */
	static boolean quiet() {
		return GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode() || IJ.getInstance() == null;
	}
}
