package org.semanticinpaint.ij;

import ij.ImagePlus;
import ij.WindowManager;
import ij.Undo;
import ij.gui.Roi;
import ij.process.ImageProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.LabelSource;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Rendering;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.ij.image.HoleMasks;
import org.semanticinpaint.ij.image.HoleRegions;
import org.semanticinpaint.ij.image.LabelImages;
import org.semanticinpaint.ij.image.PlaneImages;

/**
 * One-shot inpainting of an ImageJ image (the Inpaint command, macros and batch): Propose and Render on the
 * current plane or every plane, with the proposed labels or a given label image. All work is done before
 * anything is written, so a cancelled or failed run changes nothing; in place, Edit>Undo restores the plane.
 */
public final class InpaintJob {

	public enum Planes { CURRENT, ALL }

	public enum Output { NEW_IMAGE, IN_PLACE }

	/**
	 * @param selection the hole, when {@code maskImage} and {@code holeValue} are null
	 * @param labelImage guidance (null = the proposed labels; 255 = the proposed label at that pixel)
	 * @param holeValue pixels of this value are the hole (NaN for NaN), when {@code maskImage} is null; or null
	 * @param texture whether the fill gets the image's own fine detail (the texture stage)
	 */
	public record Request(ImagePlus image, Roi selection, ImagePlus maskImage, ImagePlus labelImage, Planes planes,
		Output output, Double holeValue, Texture texture)
	{
		/** With the image's own texture, the default. */
		public Request(ImagePlus image, Roi selection, ImagePlus maskImage, ImagePlus labelImage, Planes planes,
			Output output)
		{
			this(image, selection, maskImage, labelImage, planes, output, null, Texture.FROM_IMAGE);
		}

		public Request(ImagePlus image, Roi selection, ImagePlus maskImage, ImagePlus labelImage, Planes planes,
			Output output, Double holeValue)
		{
			this(image, selection, maskImage, labelImage, planes, output, holeValue, Texture.FROM_IMAGE);
		}

		public Request(ImagePlus image, Roi selection, ImagePlus maskImage, ImagePlus labelImage, Planes planes,
			Output output, Texture texture)
		{
			this(image, selection, maskImage, labelImage, planes, output, null, texture);
		}
	}

	/**
	 * What a run did, for the status line and batch summaries.
	 * @param regions separate hole regions over all planes: a hole value that also marks natural pixels (a black
	 *        scale bar) shows as more regions than expected
	 */
	public record Result(ImagePlus image, int planes, int windows, long holePixels, int regions, double seconds) {}

	private InpaintJob() {}

	/** @return the new image (not shown), or the input itself when in place */
	public static Result run(InpaintEngine engine, Request r) throws InpaintException {
		return run(engine, r, true);
	}

	/**
	 * @param cancellable whether Esc stops this image (a folder run lets the current image finish and stops
	 *        between images, so that what it reports is exactly what is on disk)
	 */
	public static Result run(InpaintEngine engine, Request r, boolean cancellable) throws InpaintException {
		long t0 = System.nanoTime();
		ImagePlus imp = r.image();
		ImageChecks.check(imp, engine.card());
		checkWritable(imp, r.output());
		if (r.planes() == Planes.ALL && r.output() == Output.IN_PLACE && imp.getStackSize() > 1)
			throw new InpaintException("In place works on the current plane only, so that Edit>Undo can restore " +
				"it. Choose a new image to inpaint every plane.");
		int[] planes = r.planes() == Planes.ALL ? range(imp.getStackSize()) : new int[] { imp.getCurrentSlice() };
		Rendering[] fills = new Rendering[planes.length];
		int windows = 0, regions = 0;
		long hole = 0;
		for (int i = 0; i < planes.length; i++) {
			int n = planes[i];
			ImageProcessor ip = imp.getStack().getProcessor(n);
			RandomAccessibleInterval<?> mask = mask(r, n);
			// planes of a stack without a hole of their own are left as they are
			if (planes.length > 1 && (r.maskImage() != null || r.holeValue() != null) && HoleMasks.isEmpty(mask))
				continue;
			regions += HoleRegions.count(mask);
			Progress progress = new IjProgress(i, planes.length, cancellable);
			Proposal p = PlaneImages.propose(engine, ip, mask, progress);
			LabelSource guide = r.labelImage() == null ? null : LabelImages.guidance(
				LabelImages.plane(r.labelImage(), n), p, engine.card(), r.labelImage().getTitle());
			fills[i] = engine.render(p, guide, r.texture(), progress);
			windows += p.windows().size();
			hole += p.holePixels();
		}
		if (windows == 0) throw new InpaintException("There is no hole to fill: the masks of all planes are empty.");
		ImagePlus target = paste(imp, planes, fills, r.output());
		return new Result(target, planes.length, windows, hole, regions, (System.nanoTime() - t0) / 1e9);
	}

	/** Writes finished fills: into a copy, or into the source plane after a snapshot for Edit>Undo. */
	public static ImagePlus paste(ImagePlus imp, int[] planes, Rendering[] fills, Output output) {
		ImagePlus target = output == Output.IN_PLACE ? imp : newImage(imp);
		if (output == Output.IN_PLACE) {
			if (planes.length == 1 && imp.getCurrentSlice() != planes[0]) imp.setSlice(planes[0]);
			imp.getProcessor().snapshot();
			Undo.setup(Undo.FILTER, imp);
		}
		for (int i = 0; i < planes.length; i++)
			if (fills[i] != null) PlaneImages.paste(fills[i], target.getStack().getProcessor(planes[i]));
		if (output == Output.IN_PLACE) {
			imp.changes = true;
			imp.updateAndDraw();
		}
		return target;
	}

	/** A virtual stack reads its planes from files on every access: a fill pasted in place would be lost. */
	public static void checkWritable(ImagePlus imp, Output output) throws InpaintException {
		if (output == Output.IN_PLACE && imp.getStack().isVirtual()) throw new InpaintException("'" + imp.getTitle() +
			"' is a virtual stack, whose planes are read from disk, so a fill in place would be lost. Choose a new " +
			"image as the output.");
	}

	private static RandomAccessibleInterval<?> mask(Request r, int plane) throws InpaintException {
		ImagePlus imp = r.image();
		if (r.maskImage() == null && r.holeValue() != null)
			return HoleMasks.valueView(imp.getStack().getProcessor(plane), r.holeValue());
		if (r.maskImage() == null) return HoleMasks.fromSelection(r.selection(), imp.getWidth(), imp.getHeight());
		ImagePlus m = r.maskImage();
		if (m.getStackSize() > 1 && m.getStackSize() == imp.getStackSize()) {
			ImagePlus one = new ImagePlus(m.getTitle(), m.getStack().getProcessor(plane));
			return HoleMasks.fromMaskImage(one, imp.getWidth(), imp.getHeight());
		}
		return HoleMasks.fromMaskImage(m, imp.getWidth(), imp.getHeight());
	}

	/** A copy with the same planes, calibration, properties and title suffix; the original stays untouched. */
	static ImagePlus newImage(ImagePlus imp) {
		Roi roi = imp.getRoi();
		imp.deleteRoi();
		ImagePlus copy = imp.duplicate();
		if (roi != null) imp.setRoi(roi);
		copy.setTitle(WindowManager.makeUniqueName(imp.getShortTitle() + "-inpainted")); // duplicate() keeps calibration and properties; a second result: -inpainted-1
		if (imp.isHyperStack()) copy.setPosition(imp.getC(), imp.getZ(), imp.getT());
		else copy.setSlice(imp.getCurrentSlice());
		return copy;
	}

	private static int[] range(int n) {
		int[] out = new int[n];
		for (int i = 0; i < n; i++) out[i] = i + 1;
		return out;
	}
}
