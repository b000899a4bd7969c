package org.semanticinpaint.ij.image;

import ij.process.ByteProcessor;

import org.semanticinpaint.engine.HoleWindow;
import org.semanticinpaint.engine.LabelSource;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Provenance;
import org.semanticinpaint.engine.WindowProposal;

/**
 * The two maps of one plane's fill that a result records and can write beside it: which pixels were filled, and
 * the labels that guided the fill. Given back as the mask and the label image of a rerun (with the recorded
 * seed), they reproduce the fill bit for bit.
 */
public final class FillMaps {

	/** In the filled-pixel mask: a filled pixel (every other pixel is 0). */
	public static final int FILLED = 255;

	private FillMaps() {}

	/** The pixels the fill wrote: the hole, without NaN context pixels (missing, but never written). */
	public static ByteProcessor filled(Proposal p) {
		ByteProcessor out = new ByteProcessor(p.imageWidth(), p.imageHeight());
		eachWindowPixel(p, (w, i, x, y) -> {
			if (w.write()[i]) out.set(x, y, FILLED);
			return true;
		});
		return out;
	}

	/** What the record says of plane {@code n}: its filled pixels and their separate regions. */
	public static Provenance.Plane plane(int n, ByteProcessor filled) {
		long pixels = 0;
		byte[] px = (byte[]) filled.getPixels();
		for (byte b : px) if (b != 0) pixels++;
		return new Provenance.Plane(n, pixels, HoleRegions.count(PlaneImages.wrap(filled)));
	}

	/**
	 * The class that guided the fill at every pixel of every window ({@code guide}, or where it is null the
	 * proposal, as the label layer shows it); {@link LabelImages#PROPOSAL} elsewhere, where no label is read.
	 */
	public static ByteProcessor labels(Proposal p, LabelSource guide) {
		ByteProcessor out = new ByteProcessor(p.imageWidth(), p.imageHeight());
		out.setValue(LabelImages.PROPOSAL);
		out.fill();
		LabelSource source = guide != null ? guide : new ProposedLabels(p)::classAt;
		eachWindowPixel(p, (w, i, x, y) -> {
			out.set(x, y, source.classAt(x, y));
			return true;
		});
		return out;
	}

	/** Whether {@code guide} differs from the proposal at any pixel of a window (the person edited the labels). */
	public static boolean edited(Proposal p, LabelSource guide) {
		if (guide == null) return false;
		ProposedLabels proposed = new ProposedLabels(p);
		return !eachWindowPixel(p, (w, i, x, y) -> guide.classAt(x, y) == proposed.classAt(x, y));
	}

	/** One pixel of a window: its window, its index there, its image coordinates; false stops the walk. */
	private interface WindowPixel {
		boolean visit(HoleWindow w, int i, int x, int y);
	}

	/** Visits every pixel of every window of {@code p}; false when a visit stopped the walk. */
	private static boolean eachWindowPixel(Proposal p, WindowPixel v) {
		for (WindowProposal wp : p.windows()) {
			HoleWindow w = wp.window();
			for (int y = 0; y < w.height(); y++)
				for (int x = 0; x < w.width(); x++)
					if (!v.visit(w, y * w.width() + x, w.x0() + x, w.y0() + y)) return false;
		}
		return true;
	}
}
