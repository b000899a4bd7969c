package org.semanticinpaint.ij.session;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.List;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import org.semanticinpaint.ij.image.LabelPalette;

/**
 * The editable label map shown over the coarse result. The window's image is the 8-bit label map (so ImageJ's
 * brush, pencil, Fill and Undo edit it directly); the coarse result is an overlay on top at 1 - opacity, which
 * looks like a label layer of the chosen opacity over the image. Hiding the labels shows the coarse result alone.
 */
public final class LabelLayer {

	/** Label value outside every window: no class, drawn dark grey, never read by Render. */
	public static final int NONE = 255;

	private final ImagePlus labels;
	private final ImageRoi coarse, context;
	private final Roi holeOutline;
	private double opacity = 0.5;
	private boolean visible = true;

	/** Above this many pixels the context outside the windows is not redrawn at full strength (memory). */
	static final long CONTEXT_LIMIT = 16L << 20;

	/**
	 * @param windows where labels exist; outside them the image is shown as it is, not under a label layer
	 */
	public LabelLayer(String title, ByteProcessor labelMap, ImageProcessor coarseImage, Roi hole,
		List<Rectangle> windows, LabelPalette palette)
	{
		labelMap.setLut(palette.lut());
		labels = new ImagePlus(title, labelMap);
		coarse = new ImageRoi(0, 0, coarseImage);
		coarse.setName("coarse result");
		context = (long) labelMap.getPixelCount() <= CONTEXT_LIMIT ? context(coarseImage, windows) : null;
		holeOutline = hole == null ? null : (Roi) hole.clone();
		if (holeOutline != null) {
			holeOutline.setStrokeColor(Color.cyan);
			holeOutline.setName("hole");
		}
		apply();
	}

	public ImagePlus image() {
		return labels;
	}

	public double opacity() {
		return opacity;
	}

	public boolean visible() {
		return visible;
	}

	/** Opacity of the labels over the coarse result, 0..1. */
	public void setOpacity(double o) {
		opacity = Math.max(0, Math.min(1, o));
		apply();
	}

	public void setVisible(boolean v) {
		visible = v;
		apply();
	}

	public void toggle() {
		setVisible(!visible);
	}

	/** The image outside the windows, opaque; inside them transparent (zero), so only there labels show. */
	private static ImageRoi context(ImageProcessor coarseImage, List<Rectangle> windows) {
		ImageProcessor rgb = coarseImage.convertToRGB();
		int[] px = (int[]) rgb.getPixels();
		for (int i = 0; i < px.length; i++)
			if ((px[i] & 0xffffff) == 0) px[i] = 0x010101; // true black must stay visible
		rgb.setColor(0);
		for (Rectangle r : windows) rgb.fill(new Roi(r));
		ImageRoi c = new ImageRoi(0, 0, rgb);
		c.setZeroTransparent(true);
		c.setName("context");
		return c;
	}

	private void apply() {
		coarse.setOpacity(visible ? 1 - opacity : 1);
		Overlay o = new Overlay();
		o.add(coarse);
		if (context != null) o.add(context);
		if (holeOutline != null) o.add(holeOutline);
		o.selectable(false);
		labels.setOverlay(o);
	}
}
