package org.semanticinpaint.ij.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;


import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.image.HoleMasks;

/**
 * Inpaints every image of a folder, unattended, into another folder as TIFF (calibration kept; inputs are never
 * written). The hole of each image is, in this order: a mask of the same name in the mask folder, the selection
 * saved in the image (a TIFF with a ROI), or the pixels equal to the hole value. Images without a hole, of the
 * wrong kind or unreadable are skipped with the reason, and the run goes on.
 */
public final class FolderJob {

	private static final List<String> EXTENSIONS = List.of(".tif", ".tiff", ".png", ".jpg", ".jpeg", ".bmp", ".gif");

	/**
	 * @param masks folder of masks with the images' base names, or null
	 * @param holeValue pixel value that marks holes (NaN for NaN pixels), or null
	 */
	public record Options(Path input, Path output, Path masks, Double holeValue, InpaintJob.Planes planes) {}

	public static Report run(InpaintEngine engine, Options o, Progress progress) throws InpaintException {
		if (!Files.isDirectory(o.input())) throw new InpaintException("The input folder " + o.input() + " does not exist.");
		if (o.input().toAbsolutePath().normalize().equals(o.output().toAbsolutePath().normalize()))
			throw new InpaintException("The output folder must differ from the input folder: inputs are never overwritten.");
		List<Path> files = images(o.input());
		if (files.isEmpty()) throw new InpaintException("The folder " + o.input() + " holds no images (" +
			String.join(", ", EXTENSIONS) + ").");
		try {
			Files.createDirectories(o.output());
		}
		catch (IOException e) {
			throw new InpaintException("Cannot create the output folder " + o.output() + ": " + e.getMessage());
		}
		Map<String, Path> masks = new HashMap<>(); // listed once, not once per image
		if (o.masks() != null) for (Path m : images(o.masks())) masks.putIfAbsent(base(m.getFileName().toString()), m);
		Report report = new Report();
		long t0 = System.nanoTime();
		for (int i = 0; i < files.size(); i++) {
			if (progress.isCanceled()) {
				report.cancelled = true;
				break;
			}
			Path f = files.get(i);
			String name = f.getFileName().toString();
			try {
				ImagePlus imp = IJ.openImage(f.toString());
				if (imp == null) throw new InpaintException("not an image ImageJ can read");
				InpaintJob.Result r = InpaintJob.run(engine, request(imp, o, masks.get(base(name))));
				Path out = o.output().resolve(base(name) + ".tif");
				ImagePlus result = r.image();
				result.setTitle(out.getFileName().toString());
				if (!new FileSaver(result).saveAsTiff(out.toString())) throw new InpaintException("could not write " + out);
				report.done.add(String.format(Locale.ROOT, "%s: %d hole pixels, %d window(s), %.2f s", name,
					r.holePixels(), r.windows(), r.seconds()));
			}
			catch (InpaintException e) {
				report.skipped.add(name + ": " + e.getMessage());
			}
			progress.update(i + 1, files.size(), "Inpaint folder: " + name + " (" + (i + 1) + " of " + files.size() + ")");
		}
		report.seconds = (System.nanoTime() - t0) / 1e9;
		return report;
	}

	/** @param maskFile the image's mask in the mask folder, or null */
	private static InpaintJob.Request request(ImagePlus imp, Options o, Path maskFile) throws InpaintException {
		ImagePlus mask = maskFile == null ? null : IJ.openImage(maskFile.toString());
		Roi roi = null;
		if (mask == null) roi = imp.getRoi();
		if (mask == null && roi == null && o.holeValue() != null) mask = valueMasks(imp, o.holeValue());
		if (mask == null && roi == null) throw new InpaintException("no hole (no mask" + (o.masks() == null ? "" :
			" in " + o.masks()) + ", no saved selection" + (o.holeValue() == null ? "" : ", no pixel equal to " +
			o.holeValue()) + ")");
		return new InpaintJob.Request(imp, roi, mask, null, o.planes(), InpaintJob.Output.NEW_IMAGE);
	}

	/** The hole-value pixels of every plane as a mask stack; null when no plane has any. */
	private static ImagePlus valueMasks(ImagePlus imp, double value) {
		ImageStack s = new ImageStack(imp.getWidth(), imp.getHeight());
		boolean any = false;
		for (int n = 1; n <= imp.getStackSize(); n++) {
			ByteProcessor m = HoleMasks.valueMask(imp.getStack().getProcessor(n), value);
			any |= m != null;
			s.addSlice(m != null ? m : new ByteProcessor(imp.getWidth(), imp.getHeight()));
		}
		return any ? new ImagePlus("holes", s) : null;
	}

	static List<Path> images(Path dir) throws InpaintException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(Files::isRegularFile).filter(p -> EXTENSIONS.contains(ext(p))).sorted().toList();
		}
		catch (IOException e) {
			throw new InpaintException("Cannot list " + dir + ": " + e.getMessage());
		}
	}

	private static String ext(Path p) {
		String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
		int i = n.lastIndexOf('.');
		return i < 0 ? "" : n.substring(i);
	}

	private static String base(String name) {
		int i = name.lastIndexOf('.');
		return i < 0 ? name : name.substring(0, i);
	}

	/** What a folder run did: written files, skipped files with reasons. */
	public static final class Report {
		public final List<String> done = new ArrayList<>(), skipped = new ArrayList<>();
		public boolean cancelled;
		public double seconds;

		public String summary() {
			StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
				"Inpainted %d image(s), skipped %d, in %.1f s%s%n", done.size(), skipped.size(), seconds,
				cancelled ? " (cancelled; the rest was not processed)" : ""));
			for (String d : done) b.append("  done    ").append(d).append('\n');
			for (String s : skipped) b.append("  skipped ").append(s).append('\n');
			return b.toString();
		}
	}
}
