package org.semanticinpaint.ij.image;

import java.awt.Color;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import ij.ImageListener;
import ij.ImagePlus;
import ij.Undo;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ImageProcessor;

import org.semanticinpaint.engine.Provenance;

/**
 * Puts a {@link Provenance} on an ImageJ image, where Fiji shows it and a TIFF keeps it: an overlay selection
 * named {@value Provenance#ROI_NAME} per plane, outlining the filled pixels (Image>Overlay>To ROI Manager
 * recovers them; Image>Overlay>Hide Overlay hides them), and the record's text appended to the Info
 * (Image>Show Info), below the original's own lines.
 * <p>
 * In place, Edit>Undo must take the record away with the pixels: ImageJ's undo of a filter restores a saved copy
 * of the overlay ({@link #beforeInPlace}), and the Info follows the overlay: while the image is open, a record
 * whose outline is no longer in the overlay leaves the Info, and comes back with it on Redo.
 */
public final class InpaintedRecord {

	/** The colour of the outlines. */
	public static final Color COLOUR = new Color(255, 200, 0);

	/** The ROI property that ties an outline to its record in the Info. */
	static final String ID = "inpainting-record";

	private InpaintedRecord() {}

	/**
	 * Before a fill is pasted in place, after {@code Undo.setup(FILTER, imp)}: Undo keeps a copy of the overlay
	 * only when there is one, so an image without one gets an empty overlay first.
	 */
	public static void beforeInPlace(ImagePlus imp) {
		if (imp.getOverlay() == null) imp.setOverlay(new Overlay());
		Undo.saveOverlay(imp);
	}

	/**
	 * @param filled the filled-pixel mask ({@link FillMaps#filled}) of every filled plane, by 1-based stack index
	 * @param inPlace the fill went into the original, after {@link #beforeInPlace}: the Info follows Edit>Undo
	 */
	public static void write(ImagePlus imp, Provenance p, Map<Integer, ? extends ImageProcessor> filled,
		boolean inPlace)
	{
		String id = UUID.randomUUID().toString();
		Overlay overlay = imp.getOverlay() == null ? new Overlay() : imp.getOverlay();
		for (Map.Entry<Integer, ? extends ImageProcessor> e : new TreeMap<>(filled).entrySet()) { // planes in order
			Roi roi = outline(e.getValue());
			if (roi == null) continue;
			roi.setName(Provenance.ROI_NAME);
			roi.setStrokeColor(COLOUR);
			roi.setProperty(ID, id);
			position(roi, imp, e.getKey());
			overlay.add(roi);
		}
		imp.setOverlay(overlay);
		String section = p.text();
		imp.setProperty("Info", info(imp) + section);
		if (inPlace) ImagePlus.addImageListener(new InfoFollowsOverlay(imp, id, section));
	}

	/** The outline of a mask's non-zero pixels, exactly (a composite selection for several regions), or null. */
	public static Roi outline(ImageProcessor mask) {
		ImageProcessor m = mask.duplicate();
		m.setThreshold(1, 255, ImageProcessor.NO_LUT_UPDATE);
		return new ThresholdToSelection().convert(m);
	}

	/** The Info as it is, ending in a newline when not empty. */
	private static String info(ImagePlus imp) {
		String info = imp.getInfoProperty();
		if (info == null || info.isEmpty()) return "";
		return info.endsWith("\n") ? info : info + "\n";
	}

	/** A plane of a stack: its index; of a hyperstack: channel, slice and frame (so ROI Manager restores it). */
	private static void position(Roi roi, ImagePlus imp, int plane) {
		if (imp.getStackSize() == 1) return;
		if (imp.isHyperStack() || imp.getNChannels() > 1 || imp.getNFrames() > 1) {
			int[] czt = imp.convertIndexToPosition(plane);
			roi.setPosition(czt[0], czt[1], czt[2]);
		}
		else roi.setPosition(plane);
	}

	/** Whether the overlay holds an outline of record {@code id}. */
	static boolean outlined(ImagePlus imp, String id) {
		Overlay o = imp.getOverlay();
		if (o == null) return false;
		for (Roi r : o.toArray())
			if (id.equals(r.getProperty(ID))) return true;
		return false;
	}

	/** Keeps a record in the Info exactly while its outline is in the overlay (Edit>Undo, then Redo). */
	private static final class InfoFollowsOverlay implements ImageListener {
		private final WeakReference<ImagePlus> image; // an image without a window is never closed, only dropped
		private final String id, section;

		InfoFollowsOverlay(ImagePlus imp, String id, String section) {
			this.image = new WeakReference<>(imp);
			this.id = id;
			this.section = section;
		}

		@Override
		public void imageUpdated(ImagePlus updated) {
			ImagePlus imp = image.get();
			if (imp == null) ImagePlus.removeImageListener(this);
			if (updated != imp) return;
			String info = info(imp);
			boolean inInfo = info.contains(section);
			if (outlined(imp, id) && !inInfo) imp.setProperty("Info", info + section);
			else if (!outlined(imp, id) && inInfo) imp.setProperty("Info", info.replace(section, ""));
		}

		@Override
		public void imageClosed(ImagePlus closed) {
			if (closed == image.get() || image.get() == null) ImagePlus.removeImageListener(this);
		}

		@Override
		public void imageOpened(ImagePlus opened) {}
	}
}
