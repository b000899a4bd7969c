package org.semanticinpaint.ij.commands;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;

/**
 * Run from a macro (or headless), every value comes from the macro's options with {@link Macro#getValue} and no
 * window opens; run from the menu, a GenericDialog asks and ImageJ's recorder records its fields under the
 * same keys. This is the pattern DeepImageJ and SAMJ use.
 */
final class MacroArgs {

	private final String options;

	private MacroArgs(String options) {
		this.options = options;
	}

	/** Null when the command was started from the menu. */
	static MacroArgs current() {
		String o = Macro.getOptions();
		return o == null ? null : new MacroArgs(o);
	}

	String get(String key, String defaultValue) {
		return Macro.getValue(options, key, defaultValue);
	}

	/** A checkbox: its bare key, as ImageJ's recorder writes a ticked one ({@code overwrite}); bracketed values aside. */
	boolean flag(String key) {
		String outside = options.replaceAll("\\[[^\\]]*\\]", "[]");
		return (" " + outside + " ").contains(" " + key + " ");
	}

	/** No windows beyond images: macros in batch mode, headless runs. */
	static boolean quiet() {
		return GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode() || IJ.getInstance() == null;
	}
}
