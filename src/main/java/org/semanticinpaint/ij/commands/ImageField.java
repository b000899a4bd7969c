package org.semanticinpaint.ij.commands;

import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.WindowManager;

import org.semanticinpaint.engine.InpaintException;

/** A dialog menu of open images with a first entry that means "none" (e.g. "selection", "proposed"). */
final class ImageField {

	private ImageField() {}

	static String[] choices(String none, ImagePlus except) {
		List<String> out = new ArrayList<>();
		out.add(none);
		int[] ids = WindowManager.getIDList();
		if (ids != null) for (int id : ids) {
			ImagePlus imp = WindowManager.getImage(id);
			if (imp != null && imp != except) out.add(imp.getTitle());
		}
		return out.toArray(new String[0]);
	}

	/** Null for the "none" entry; an image by title otherwise. */
	static ImagePlus find(String value, String none, String what) throws InpaintException {
		if (value == null || value.isEmpty() || value.equals(none)) return null;
		ImagePlus imp = WindowManager.getImage(value);
		if (imp == null) throw new InpaintException("There is no open image called '" + value + "' to use as " +
			what + ".");
		return imp;
	}
}
