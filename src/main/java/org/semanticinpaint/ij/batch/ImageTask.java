package org.semanticinpaint.ij.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Roi;
import ij.process.ByteProcessor;

import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.image.HoleMasks;
import org.semanticinpaint.ij.image.LabelImages;

/**
 * One image of a folder run: checked against the memory from its header, opened, its hole and guidance found,
 * inpainted, and written whole to its output. Every refusal is an {@link InpaintException} with the reason.
 *
 * @param mask the image's mask file, or null
 * @param labels the image's label file, or null
 */
record ImageTask(Path input, Path output, Path mask, Path labels, FolderJob.Options options) {

	/**
	 * @param replace replace an existing output (asked for, or a truncated one)
	 * @return the line for the summary
	 */
	String run(InpaintEngine engine, boolean replace) throws InpaintException, IOException {
		String name = input.getFileName().toString();
		checkReadable();
		ImagePlus imp = open(input, "");
		InpaintJob.Result r = InpaintJob.run(engine, request(imp),
			new InpaintJob.RunOptions(false, options.writeMasks()));
		ImagePlus result = r.image();
		result.setTitle(output.getFileName().toString());
		if (options.writeMasks()) { // before the result, whose presence says the image is done
			SafeTiffWriter.write(stack("filled pixels of " + name, r.maps().filled(), 0, result, r), maskOutput(), true);
			SafeTiffWriter.write(stack("labels of " + name, r.maps().labels(), LabelImages.PROPOSAL, result, r),
				labelOutput(), true);
		}
		SafeTiffWriter.write(result, output, replace);
		InpaintJob.Stats s = r.stats();
		return String.format(Locale.ROOT, "%s -> %s: %d hole pixels in %d region(s), %d window(s), %.2f s", name,
			output.getFileName(), s.holePixels(), s.regions(), s.windows(), s.seconds());
	}

	/** The filled-pixel mask written beside the output, with {@code writeMasks}. */
	Path maskOutput() {
		return options.maskOutput().resolve(output.getFileName());
	}

	/** The label map written beside the output, with {@code writeMasks}. */
	Path labelOutput() {
		return options.labelOutput().resolve(output.getFileName());
	}

	/**
	 * One 8-bit plane per plane of the result: the given ones, {@code empty} elsewhere (planes not filled), with
	 * the result's calibration and the record of the run in the Info.
	 */
	private static ImagePlus stack(String title, Map<Integer, ByteProcessor> planes, int empty, ImagePlus result,
		InpaintJob.Result run)
	{
		ImageStack s = new ImageStack(result.getWidth(), result.getHeight());
		for (int n = 1; n <= result.getStackSize(); n++) {
			ByteProcessor p = planes.get(n);
			if (p == null) {
				p = new ByteProcessor(result.getWidth(), result.getHeight());
				p.setValue(empty);
				p.fill();
			}
			s.addSlice(p);
		}
		ImagePlus imp = new ImagePlus(title, s);
		imp.setDimensions(result.getNChannels(), result.getNSlices(), result.getNFrames());
		imp.setCalibration(result.getCalibration());
		imp.setProperty("Info", run.record().text());
		return imp;
	}

	/** A file's header says whether it can fit; decoding it to find out would be the OutOfMemoryError itself. */
	private void checkReadable() throws InpaintException {
		if (!Files.isReadable(input)) throw new InpaintException("cannot be read (permissions)");
		ImageSize size = ImageSize.read(input);
		if (size == null || size.refusal(ImageSize.freeHeap()) == null) return;
		System.gc(); // the last image's arrays may still count as used; only a refusal pays for a collection
		String refusal = size.refusal(ImageSize.freeHeap());
		if (refusal != null) throw new InpaintException(refusal);
	}

	private InpaintJob.Request request(ImagePlus imp) throws InpaintException {
		FolderJob.Folders folders = options.folders();
		FolderJob.Fill fill = options.fill();
		ImagePlus maskImage = mask == null ? null : open(mask, "its mask " + mask.getFileName() + " ");
		ImagePlus labelImage = labels == null ? null : open(labels, "its label image " + labels.getFileName() +
			" ");
		if (folders.labels() != null && labelImage == null) throw new InpaintException("no label image of the " +
			"same name in " + folders.labels());
		Roi roi = maskImage == null ? imp.getRoi() : null;
		Double hv = fill.holeValue();
		Double value = maskImage == null && roi == null && hv != null && anyPlaneHas(imp, hv) ? hv : null;
		if (maskImage == null && roi == null && value == null) throw new InpaintException("no hole (no mask" +
			(folders.masks() == null ? "" : " in " + folders.masks()) + ", no saved selection" + (hv == null ? "" :
				", no pixel equal to " + hv) + ")");
		return new InpaintJob.Request(imp, new InpaintJob.Hole(roi, maskImage, value), labelImage, fill.planes(),
			InpaintJob.Output.NEW_IMAGE, fill.texture());
	}

	private static boolean anyPlaneHas(ImagePlus imp, double value) {
		for (int n = 1; n <= imp.getStackSize(); n++)
			if (HoleMasks.hasValue(imp.getStack().getProcessor(n), value)) return true;
		return false;
	}

	/** @param what how the summary names the file ("" for the image itself: its name starts the line) */
	private static ImagePlus open(Path file, String what) throws InpaintException {
		ImagePlus imp = IJ.openImage(file.toString());
		if (imp == null) throw new InpaintException(what + OpenFailure.reason(file));
		return imp;
	}
}
