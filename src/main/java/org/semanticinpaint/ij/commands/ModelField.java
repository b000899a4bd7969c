package org.semanticinpaint.ij.commands;

import java.util.List;

import ij.gui.GenericDialog;

import org.semanticinpaint.ij.ModelChoice;

/** The model choice as dialog fields (a menu of shipped bundles plus a folder field) and as macro keys. */
final class ModelField {

	static final String KEY = "model", FOLDER_KEY = "model_folder";

	private ModelField() {}

	static void add(GenericDialog gd) {
		List<String> menu = ModelChoice.menu();
		String last = ModelChoice.remembered();
		boolean shipped = menu.contains(last) && ModelChoice.isShipped(last);
		gd.addChoice("Model", menu.toArray(new String[0]), shipped ? last : ModelChoice.FOLDER);
		gd.addDirectoryField("Model_folder", shipped ? "" : last, 30);
	}

	/** Read back in the order {@link #add} put them. */
	static String read(GenericDialog gd) {
		String choice = gd.getNextChoice();
		String folder = gd.getNextString();
		return choice.equals(ModelChoice.FOLDER) ? folder : choice;
	}

	/** {@code model=<shipped name or folder>}, or the dialog's recorded form {@code model=[Bundle folder (below)] model_folder=...}. */
	static String read(MacroArgs a) {
		String folder = a.get(FOLDER_KEY, "");
		// model_folder alone names the bundle: the remembered model must not silently replace it
		String m = a.get(KEY, folder.isBlank() ? ModelChoice.remembered() : ModelChoice.FOLDER);
		return m.equals(ModelChoice.FOLDER) ? folder : m;
	}
}
