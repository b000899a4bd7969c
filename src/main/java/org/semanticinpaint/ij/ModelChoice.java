package org.semanticinpaint.ij;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import ij.Prefs;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.BundleLoader;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.ShippedBundles;
import org.semanticinpaint.engine.InpaintException;

/**
 * Which model bundle to use: a shipped bundle by name, or any bundle folder. The last choice is remembered in
 * ImageJ's preferences. A macro may pass either form in its {@code model} key.
 */
public final class ModelChoice {

	static final String PREF = "semanticinpaint.model";
	/** The dialog entry that means "the folder in the field below". */
	public static final String FOLDER = "Bundle folder (below)";

	private ModelChoice() {}

	/** Shipped bundles this build contains, then the folder entry. */
	public static List<String> menu() {
		List<String> out = new ArrayList<>();
		for (String n : ShippedBundles.NAMES)
			if (ShippedBundles.isPresent(n)) out.add(n);
		out.add(FOLDER);
		return out;
	}

	/** The remembered choice (a shipped name or a folder), or the first shipped bundle. */
	public static String remembered() {
		String s = Prefs.get(PREF, "");
		if (!s.isEmpty()) return s;
		List<String> m = menu();
		return m.get(0);
	}

	public static void remember(String choice) {
		Prefs.set(PREF, choice);
	}

	/** The dialog shows a shipped name in the menu, a folder in the field. */
	public static boolean isShipped(String choice) {
		return ShippedBundles.NAMES.contains(choice);
	}

	/** A shipped name or a folder path -> the bundle folder, with a message that says what is wrong. */
	public static Path resolve(String choice) throws InpaintException {
		if (choice == null || choice.isBlank() || choice.equals(FOLDER))
			throw new InpaintException("No model bundle was chosen. Pick a shipped model or a bundle folder.");
		try {
			if (isShipped(choice)) {
				Path p = ShippedBundles.folder(choice);
				if (p == null) throw new InpaintException("The model '" + choice + "' is not part of this build.");
				return p;
			}
		}
		catch (IOException e) {
			throw new InpaintException("Could not unpack the model '" + choice + "': " + e.getMessage());
		}
		Path dir = Paths.get(choice);
		if (!Files.isDirectory(dir)) throw new InpaintException("No model bundle at " + choice + ": it should be " +
			"a shipped model (" + String.join(", ", ShippedBundles.NAMES) + ") or a bundle folder holding " +
			ModelCard.FILE + " and inpaint/, segment/, decode/.");
		return dir;
	}

	/** Resolves the choice, runs {@code work} on its engine ({@link EngineCache#use}) and, when it worked, remembers it. */
	public static <T> T use(String choice, EngineCache.Use<T> work) throws InpaintException, BundleException {
		T result = EngineCache.use(resolve(choice), work);
		remember(choice);
		return result;
	}

	/** Shipped bundles whose channel count fits an image, for the message when the chosen one does not. */
	public static List<String> fitting(int channels) {
		List<String> out = new ArrayList<>();
		for (String n : menu()) {
			if (!isShipped(n)) continue;
			try {
				Path p = ShippedBundles.folder(n);
				if (p != null && BundleLoader.readCard(p).channels == channels) out.add(n);
			}
			catch (IOException | BundleException e) {
				// a broken bundle fits nothing
			}
		}
		return out;
	}
}
