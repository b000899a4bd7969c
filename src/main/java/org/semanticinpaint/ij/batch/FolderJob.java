package org.semanticinpaint.ij.batch;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.InpaintJob;

/**
 * Inpaints every image of a folder, unattended, into another folder as TIFF (calibration kept). The hole of
 * each image is, in this order: a mask of the same name in the mask folder, the selection saved in the image (a
 * TIFF with a ROI), or the pixels equal to the hole value. With a label folder, the label image of the same name
 * guides the fill (255 = keep the proposal there).
 * <p>
 * Nothing can be destroyed: the output folder may not be an input folder by any path; outputs are written whole
 * or not at all ({@link SafeTiffWriter}); an existing output is kept unless {@code overwrite}, so a rerun
 * resumes where a killed run stopped. An image that fails for any reason, memory included, is skipped with the
 * reason and the run goes on. Cancel (Esc) stops after the current image.
 */
public final class FolderJob {

	/**
	 * The folders of a run: the images, where the results go, and the masks and label images found by the
	 * images' base names.
	 *
	 * @param masks folder of masks with the images' base names, or null
	 * @param labels folder of class-ID label images with the images' base names, or null
	 */
	public record Folders(Path input, Path output, Path masks, Path labels) {}

	/**
	 * How each image is filled: its hole by value when it has neither a mask nor a saved selection, its planes,
	 * and the texture stage.
	 *
	 * @param holeValue pixel value that marks holes (NaN for NaN pixels), or null
	 */
	public record Fill(Double holeValue, InpaintJob.Planes planes, InpaintJob.TextureChoice texture) {

		/** With the image's own texture and the engine's seed, the default. */
		public Fill(Double holeValue, InpaintJob.Planes planes) {
			this(holeValue, planes, InpaintJob.TextureChoice.DEFAULT);
		}
	}

	/**
	 * A folder run: its folders, how each image is filled, and what is written.
	 *
	 * @param overwrite replace existing outputs (otherwise they are kept and the image is not redone)
	 * @param shard the part of the folder this run does
	 * @param writeMasks also write each result's filled-pixel mask and the labels that guided it, into the
	 *        output's {@value #MASKS} and {@value #LABELS} folders under the result's name
	 */
	public record Options(Folders folders, Fill fill, boolean overwrite, Shard shard, boolean writeMasks) {

		/** All of the folder, existing outputs kept, no masks written. */
		public Options(Folders folders, Fill fill) {
			this(folders, fill, false, Shard.ALL, false);
		}

		/** Where the filled-pixel masks go, with {@code writeMasks}. */
		public Path maskOutput() {
			return folders.output().resolve(MASKS);
		}

		/** Where the label maps go, with {@code writeMasks}. */
		public Path labelOutput() {
			return folders.output().resolve(LABELS);
		}
	}

	/**
	 * The folders under the output that {@code writeMasks} writes into; given back as the masks and labels of a
	 * rerun (with the recorded seed), they reproduce the results bit for bit.
	 */
	public static final String MASKS = "masks", LABELS = "labels";

	private FolderJob() {}

	public static FolderReport run(InpaintEngine engine, Options o, Progress progress) throws InpaintException {
		List<ImageTask> tasks = plan(o);
		FolderReport report = new FolderReport();
		report.otherShards = FolderFiles.images(o.folders().input()).size() - tasks.size();
		long t0 = System.nanoTime();
		for (int i = 0; i < tasks.size(); i++) {
			ImageTask t = tasks.get(i);
			if (progress.isCanceled()) {
				report.cancelled = true;
				for (ImageTask rest : tasks.subList(i, tasks.size())) report.notProcessed.add(name(rest));
				break;
			}
			runOne(engine, t, report);
			progress.update(i + 1, tasks.size(), "Inpaint folder: " + name(t) + " (" + (i + 1) + " of " +
				tasks.size() + ")");
		}
		report.seconds = (System.nanoTime() - t0) / 1e9;
		return report;
	}

	/** The checks that refuse a whole run, cheap enough to make before a model is loaded. */
	public static void checkFolders(Options o) throws InpaintException {
		Folders f = o.folders();
		if (!Files.isDirectory(f.input())) throw new InpaintException("The input folder " + f.input() + " does not exist.");
		for (Path p : new Path[] { f.masks(), f.labels() })
			if (p != null && !Files.isDirectory(p)) throw new InpaintException("The folder " + p + " does not exist.");
		SafeFolders.checkOutput(f.output(), f.input(), f.masks(), f.labels());
		if (o.writeMasks()) {
			SafeFolders.checkOutput(o.maskOutput(), f.input(), f.masks(), f.labels());
			SafeFolders.checkOutput(o.labelOutput(), f.input(), f.masks(), f.labels());
		}
	}

	/** This shard's images with their output names, after the checks that refuse the whole run. */
	static List<ImageTask> plan(Options o) throws InpaintException {
		checkFolders(o);
		Folders folders = o.folders();
		List<Path> files = FolderFiles.images(folders.input());
		if (files.isEmpty()) throw new InpaintException("The folder " + folders.input() + " holds no images (" +
			String.join(", ", FolderFiles.EXTENSIONS) + ").");
		Map<String, Path> masks = FolderFiles.byBaseName(folders.masks()),
			labels = FolderFiles.byBaseName(folders.labels());
		try {
			Files.createDirectories(folders.output());
			if (o.writeMasks()) {
				Files.createDirectories(o.maskOutput());
				Files.createDirectories(o.labelOutput());
			}
		}
		catch (IOException e) {
			throw new InpaintException("Cannot create the output folder " + folders.output() + ": " + e.getMessage());
		}
		Map<Path, String> names = OutputNames.of(files); // over all shards, so that they agree
		List<ImageTask> tasks = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			if (!o.shard().contains(i)) continue;
			Path f = files.get(i);
			String base = OutputNames.base(f);
			tasks.add(new ImageTask(f, folders.output().resolve(names.get(f)), masks.get(base), labels.get(base), o));
		}
		removeLeftovers(tasks);
		return tasks;
	}

	/** A killed run's {@code .part} files; only this shard's, since other shards may be writing theirs now. */
	private static void removeLeftovers(List<ImageTask> tasks) throws InpaintException {
		for (ImageTask t : tasks) {
			try {
				Files.deleteIfExists(SafeTiffWriter.partOf(t.output()));
				if (t.options().writeMasks()) {
					Files.deleteIfExists(SafeTiffWriter.partOf(t.maskOutput()));
					Files.deleteIfExists(SafeTiffWriter.partOf(t.labelOutput()));
				}
			}
			catch (IOException e) {
				throw new InpaintException("Cannot remove the unfinished file " + SafeTiffWriter.partOf(t.output()) +
					": " + e.getMessage());
			}
		}
	}

	/** One image's work: the summary line, or an exception that says why not. */
	@FunctionalInterface
	interface Attempt {
		String run() throws InpaintException, IOException;
	}

	/**
	 * One image, whatever happens to it, ends as one line of the report. A complete earlier output is kept; a
	 * truncated one (from an older version, or a copy cut short) is redone.
	 */
	private static void runOne(InpaintEngine engine, ImageTask t, FolderReport report) {
		boolean exists = Files.exists(t.output());
		if (!t.options().overwrite() && exists && CompleteTiff.isComplete(t.output())) {
			report.kept.add(name(t) + " -> " + t.output().getFileName() + " (complete output of an earlier run)");
			return;
		}
		boolean replace = t.options().overwrite() || exists;
		record(name(t), t.input(), () -> t.run(engine, replace) + (exists && !t.options().overwrite() ?
			" (replaced a truncated output)" : ""), report);
	}

	/** Runs {@code a} for {@code name}; every way it can fail becomes a skip with the reason, and the run goes on. */
	static void record(String name, Path input, Attempt a, FolderReport report) {
		try {
			report.done.add(a.run());
		}
		catch (InpaintException e) {
			report.skipped.add(name + ": " + e.getMessage());
		}
		catch (FileAlreadyExistsException e) {
			report.kept.add(name + " -> " + Path.of(e.getFile()).getFileName() + " (written meanwhile by another run; kept)");
		}
		catch (IOException e) {
			report.skipped.add(name + ": could not write the output: " + e);
		}
		catch (OutOfMemoryError e) {
			// the image's arrays are unreachable once we are here, so the next image has the whole heap again
			report.skipped.add(name + ": out of memory (" + ImageSize.describe(input) + "); raise ImageJ's memory " +
				"in Edit>Options>Memory, or java -Xmx");
		}
		catch (CancellationException e) {
			report.skipped.add(name + ": cancelled; not written");
		}
		catch (RuntimeException e) {
			report.skipped.add(name + ": failed (" + e + ")");
		}
	}

	private static String name(ImageTask t) {
		return t.input().getFileName().toString();
	}
}
