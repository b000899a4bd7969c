package org.semanticinpaint.ij;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ij.ImagePlus;
import ij.WindowManager;
import ij.Undo;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.LabelSource;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.engine.Proposal;
import org.semanticinpaint.engine.Provenance;
import org.semanticinpaint.engine.Rendering;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.ij.image.FillMaps;
import org.semanticinpaint.ij.image.HoleMasks;
import org.semanticinpaint.ij.image.InpaintedRecord;
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
	 * Where the hole is: the non-zero pixels of a mask image; without one, the pixels equal to a value; without
	 * either, the selection.
	 *
	 * @param selection the hole, when {@code maskImage} and {@code value} are null
	 * @param value pixels of this value are the hole (NaN for NaN), when {@code maskImage} is null; or null
	 */
	public record Hole(Roi selection, ImagePlus maskImage, Double value) {

		/** The selection as the hole. */
		public static Hole selection(Roi selection) {
			return new Hole(selection, null, null);
		}
	}

	/**
	 * The texture stage as asked for: whether the fill gets the image's own fine detail, and with which seed.
	 *
	 * @param seed the texture stage's seed, or null for the engine's ({@link InpaintEngine#seed})
	 */
	public record TextureChoice(Texture texture, Long seed) {

		/** The image's own texture with the engine's seed. */
		public static final TextureChoice DEFAULT = new TextureChoice(Texture.FROM_IMAGE, null);
	}

	/**
	 * What to inpaint, and how.
	 *
	 * @param labelImage guidance (null = the proposed labels; 255 = the proposed label at that pixel)
	 */
	public record Request(ImagePlus image, Hole hole, ImagePlus labelImage, Planes planes, Output output,
		TextureChoice texture)
	{
		/** With the image's own texture and the engine's seed, the default. */
		public Request(ImagePlus image, Hole hole, ImagePlus labelImage, Planes planes, Output output) {
			this(image, hole, labelImage, planes, output, TextureChoice.DEFAULT);
		}
	}

	/**
	 * A run's numbers, for the status line and batch summaries.
	 *
	 * @param regions separate hole regions over all planes: a hole value that also marks natural pixels (a black
	 *        scale bar) shows as more regions than expected
	 */
	public record Stats(int planes, int windows, long holePixels, int regions, double seconds) {}

	/**
	 * How a run goes.
	 *
	 * @param cancellable whether Esc stops this image (a folder run lets the current image finish and stops
	 *        between images, so that what it reports is exactly what is on disk)
	 * @param labelMaps keep each plane's label map ({@link PlaneMaps#labels}): a byte per pixel and plane, so only
	 *        when they are to be written
	 */
	public record RunOptions(boolean cancellable, boolean labelMaps) {

		/** At the keyboard: Esc stops it, and no label maps are kept. */
		public static final RunOptions INTERACTIVE = new RunOptions(true, false);
	}

	/**
	 * The maps of every filled plane, by stack index.
	 *
	 * @param filled the filled-pixel mask ({@link FillMaps#filled})
	 * @param labels the labels that guided the fill ({@link FillMaps#labels}); empty unless
	 *        {@link RunOptions#labelMaps} asked for them
	 */
	public record PlaneMaps(Map<Integer, ByteProcessor> filled, Map<Integer, ByteProcessor> labels) {}

	/**
	 * What a run did.
	 *
	 * @param record what the result records of the run (also in its Info)
	 */
	public record Result(ImagePlus image, Stats stats, Provenance record, PlaneMaps maps) {}

	private InpaintJob() {}

	/** @return the new image (not shown), or the input itself when in place */
	public static Result run(InpaintEngine engine, Request r) throws InpaintException {
		return run(engine, r, RunOptions.INTERACTIVE);
	}

	public static Result run(InpaintEngine engine, Request r, RunOptions how) throws InpaintException {
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
		long seed = r.texture().seed() == null ? engine.seed() : r.texture().seed();
		Map<Integer, ByteProcessor> filled = new TreeMap<>(), labels = new TreeMap<>();
		List<Provenance.Plane> record = new ArrayList<>();
		for (int i = 0; i < planes.length; i++) {
			int n = planes[i];
			ImageProcessor ip = imp.getStack().getProcessor(n);
			RandomAccessibleInterval<?> mask = mask(r, n);
			// planes of a stack without a hole of their own are left as they are
			if (planes.length > 1 && (r.hole().maskImage() != null || r.hole().value() != null) &&
				HoleMasks.isEmpty(mask))
				continue;
			Progress progress = new IjProgress(i, planes.length, how.cancellable());
			Proposal p = PlaneImages.propose(engine, ip, mask, progress);
			LabelSource guide = r.labelImage() == null ? null : LabelImages.guidance(
				LabelImages.plane(r.labelImage(), n), p, engine.card(), r.labelImage().getTitle());
			fills[i] = engine.render(p, guide, r.texture().texture(), seed, progress);
			windows += p.windows().size();
			hole += p.holePixels();
			filled.put(n, FillMaps.filled(p));
			if (how.labelMaps()) labels.put(n, FillMaps.labels(p, guide));
			record.add(FillMaps.plane(n, filled.get(n)));
			regions += record.get(record.size() - 1).regions(); // of the pixels written, as the record counts them
		}
		if (windows == 0) throw new InpaintException("There is no hole to fill: the masks of all planes are empty.");
		String labelFile = r.labelImage() == null ? null : r.labelImage().getTitle();
		Provenance.Sources from = new Provenance.Sources(hole(r.hole()), labelFile == null ?
			Provenance.Labels.PROPOSED : Provenance.Labels.FILE, labelFile);
		Provenance prov = Provenance.of(engine.card(), from, new Provenance.Texturing(r.texture().texture(), seed),
			record);
		ImagePlus target = paste(imp, planes, fills, r.output(), prov, filled);
		return new Result(target, new Stats(planes.length, windows, hole, regions, (System.nanoTime() - t0) / 1e9),
			prov, new PlaneMaps(filled, labels));
	}

	/**
	 * Writes finished fills: into a copy, or into the source plane after a snapshot for Edit>Undo; either way with
	 * the record of what was filled ({@link InpaintedRecord}), which Edit>Undo takes away with the pixels.
	 */
	public static ImagePlus paste(ImagePlus imp, int[] planes, Rendering[] fills, Output output, Provenance record,
		Map<Integer, ByteProcessor> filled)
	{
		ImagePlus target = output == Output.IN_PLACE ? imp : newImage(imp);
		if (output == Output.IN_PLACE) {
			if (planes.length == 1 && imp.getCurrentSlice() != planes[0]) imp.setSlice(planes[0]);
			current(imp);
			imp.getProcessor().snapshot();
			Undo.setup(Undo.FILTER, imp);
			InpaintedRecord.beforeInPlace(imp);
		}
		for (int i = 0; i < planes.length; i++)
			if (fills[i] != null) PlaneImages.paste(fills[i], target.getStack().getProcessor(planes[i]));
		InpaintedRecord.write(target, record, filled, output == Output.IN_PLACE);
		if (output == Output.IN_PLACE) {
			imp.changes = true;
			imp.updateAndDraw();
		}
		return target;
	}

	/**
	 * Makes a shown image the current one, in front, before its Undo is set up: ImageJ forgets the Undo when
	 * another window becomes current, and Edit>Undo acts on the current image. So the palette's Render into the
	 * original, clicked while the label image is current, leaves an Undo that takes the fill and its record away.
	 */
	private static void current(ImagePlus imp) {
		if (imp.getWindow() == null || WindowManager.getCurrentImage() == imp) return;
		WindowManager.setCurrentWindow(imp.getWindow());
		imp.getWindow().toFront();
	}

	/** A virtual stack reads its planes from files on every access: a fill pasted in place would be lost. */
	public static void checkWritable(ImagePlus imp, Output output) throws InpaintException {
		if (output == Output.IN_PLACE && imp.getStack().isVirtual()) throw new InpaintException("'" + imp.getTitle() +
			"' is a virtual stack, whose planes are read from disk, so a fill in place would be lost. Choose a new " +
			"image as the output.");
	}

	/** Where the hole came from, as the record says it. */
	private static String hole(Hole h) {
		if (h.maskImage() != null) return "mask image '" + h.maskImage().getTitle() + "'";
		if (h.value() != null) {
			double v = h.value();
			boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15;
			return "pixels equal to " + (whole ? String.valueOf((long) v) : String.valueOf(v));
		}
		return "selection";
	}

	private static RandomAccessibleInterval<?> mask(Request r, int plane) throws InpaintException {
		ImagePlus imp = r.image();
		Hole h = r.hole();
		if (h.maskImage() == null && h.value() != null)
			return HoleMasks.valueView(imp.getStack().getProcessor(plane), h.value());
		if (h.maskImage() == null) return HoleMasks.fromSelection(h.selection(), imp.getWidth(), imp.getHeight());
		ImagePlus m = h.maskImage();
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
