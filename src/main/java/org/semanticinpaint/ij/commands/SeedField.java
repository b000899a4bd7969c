package org.semanticinpaint.ij.commands;

import ij.gui.GenericDialog;

import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintException;

/**
 * The Seed field of the Inpaint and Inpaint Folder dialogs and its macro key, {@code seed=1}: the texture stage's
 * seed, recorded in every result's Info. The same image, hole, labels, model and seed give the same fill.
 */
final class SeedField {

	static final String KEY = "seed";
	static final String DEFAULT = String.valueOf(EngineSettings.defaults().texture().seed());

	private SeedField() {}

	static void add(GenericDialog gd) {
		gd.addStringField("Seed", DEFAULT, 8);
	}

	static String read(MacroArgs a) {
		return a.get(KEY, DEFAULT);
	}

	static Long parse(String value) throws InpaintException {
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InpaintException("The seed must be a whole number, not '" + value + "'.");
		}
	}
}
