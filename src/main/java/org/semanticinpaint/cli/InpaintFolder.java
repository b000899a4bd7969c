package org.semanticinpaint.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.BundleTrust;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Texture;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.ModelChoice;
import org.semanticinpaint.ij.batch.FolderJob;
import org.semanticinpaint.ij.batch.FolderReport;
import org.semanticinpaint.ij.batch.Shard;
import org.semanticinpaint.util.CommandLineOptions;

/**
 * Headless folder inpainting from the command line, the same job as Plugins>Semantic Inpainting>Inpaint Folder:
 * {@code java -cp ... org.semanticinpaint.cli.InpaintFolder --input in/ --output out/ [--masks masks/]
 * [--labels labels/] [--hole-value 0|NaN] [--model em-nanoparticles|bundle/folder] [--planes all|current]
 * [--threads n] [--overwrite] [--shard k/n] [--texture from-image|none] [--seed n] [--write-masks] [--trust]}.
 * <ul>
 * <li>{@code --hole-value}: every pixel of that value is hole, natural ones (a black scale bar) too; each
 * image's summary line says how many pixels in how many regions were filled.</li>
 * <li>{@code --labels}: class-ID label images with the inputs' base names guide the fill; 255 = keep the
 * proposal there. A value that is no whole class number of the model skips the image with the reason.</li>
 * <li>Outputs are written whole or not at all (a hidden {@code .name.tif.part}, renamed when complete). An
 * existing output is kept unless {@code --overwrite}, so rerunning a killed or failed run finishes it.</li>
 * <li>{@code --shard k/n} does the k-th of n parts (1 <= k <= n) of the sorted folder, for job arrays; all parts
 * together give the same outputs as one run (see docs/batch-on-a-cluster.md).</li>
 * <li>The output folder may not be the input, mask or label folder, through links or mounts either.</li>
 * <li>{@code --texture none} keeps stage 2's fill; by default the fill gets the image's own fine detail.</li>
 * <li>{@code --seed n} the texture stage's seed (recorded in every result's Info); {@code --write-masks} also
 * writes each result's filled-pixel mask (255 = filled) and the labels that guided it into {@code masks/} and
 * {@code labels/} under the output folder: given as {@code --masks} and {@code --labels} with the same seed,
 * they reproduce the results bit for bit.</li>
 * <li>{@code --trust} loads a bundle you built yourself without its op and SHA-256 checks ({@link BundleTrust}).</li>
 * <li>SIGTERM or Ctrl-C (a scheduler's time limit) stops after the current image, with the summary.</li>
 * </ul>
 * Exit code: 0 every image of this run has its output (written now or earlier); 1 some were skipped (the summary
 * says why); 2 bad arguments or nothing could start; 3 stopped before the end.
 */
public final class InpaintFolder {

	static final String USAGE = "InpaintFolder --input <folder> --output <folder> [--masks <folder>] "
		+ "[--labels <folder>] [--hole-value <number|NaN>] [--model <name|folder>] [--planes all|current] "
		+ "[--threads <n>] [--overwrite] [--shard <k>/<n>] [--texture from-image|none] [--seed <n>] [--write-masks] "
		+ "[--trust]\n"
		+ "  --hole-value every pixel of this value is hole, natural ones (a black scale bar) too; the summary\n"
		+ "               gives the pixels and regions filled per image\n"
		+ "  --labels     class-ID label images with the inputs' names (255 = keep the proposal there)\n"
		+ "  --overwrite  replace existing outputs (default: keep them, so a rerun resumes)\n"
		+ "  --shard k/n  only the k-th of n parts of the sorted folder (1 <= k <= n), for job arrays\n"
		+ "  --texture    from-image (default): fine detail from the image's own pixels; none: stage 2's fill\n"
		+ "  --seed       the texture's seed (default " + EngineSettings.defaults().texture().seed() + "), recorded in "
		+ "each result's Info\n"
		+ "  --write-masks also write each result's filled pixels (255) and guiding labels into <output>/masks and\n"
		+ "               <output>/labels; with --masks, --labels and the same --seed they reproduce the results\n"
		+ "  --trust      load a bundle you built yourself without its op and SHA-256 checks\n"
		+ "Exit code: 0 all done, 1 some images skipped, 2 bad arguments, 3 stopped (SIGTERM, Ctrl-C).";
	static final Set<String> OPTIONS = CommandLineOptions.names("input", "output", "masks", "labels", "hole-value",
		"model", "planes", "threads", "overwrite", "shard", "texture", "seed", "write-masks", "trust");

	private InpaintFolder() {}

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		Map<String, String> a = CommandLineOptions.parseOrExit(args, OPTIONS, USAGE).asMap();
		if ("true".equals(a.get("trust"))) System.setProperty(BundleTrust.PROPERTY, "true");
		FolderJob.Options o;
		EngineSettings settings;
		try {
			o = options(a);
			settings = settings(a);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage() + "\n" + USAGE);
			System.exit(FolderReport.BAD_ARGUMENTS);
			return;
		}
		System.exit(run(o, settings, a.getOrDefault("model", "em-nanoparticles")));
	}

	/** @return the exit code */
	static int run(FolderJob.Options o, EngineSettings settings, String model) {
		try {
			FolderJob.checkFolders(o); // before the model loads: a wrong folder is refused at once
		}
		catch (InpaintException e) {
			System.err.println(e.getMessage());
			return FolderReport.BAD_ARGUMENTS;
		}
		StopSignal stop = StopSignal.install();
		try (InpaintEngine engine = InpaintEngine.open(ModelChoice.resolve(model), settings)) {
			FolderReport r = FolderJob.run(engine, o, stop);
			System.out.print(r.summary());
			System.out.flush();
			return stop.finished(r.exitCode());
		}
		catch (InpaintException | BundleException e) {
			System.err.println(e.getMessage());
			return stop.finished(FolderReport.BAD_ARGUMENTS);
		}
	}

	/** @throws IllegalArgumentException naming what is wrong */
	static FolderJob.Options options(Map<String, String> a) {
		if (!a.containsKey("input") || !a.containsKey("output"))
			throw new IllegalArgumentException("--input and --output are required");
		String planes = a.getOrDefault("planes", "all");
		if (!planes.equals("all") && !planes.equals("current"))
			throw new IllegalArgumentException("--planes takes all or current, not '" + planes + "'");
		for (String flag : new String[] { "overwrite", "write-masks" })
			if (a.containsKey(flag) && !a.get(flag).equals("true"))
				throw new IllegalArgumentException("--" + flag + " takes no value");
		FolderJob.Folders folders = new FolderJob.Folders(Paths.get(a.get("input")), Paths.get(a.get("output")),
			path(a, "masks"), path(a, "labels"));
		Double holeValue = holeValue(a.get("hole-value"));
		boolean overwrite = a.containsKey("overwrite");
		Shard shard = a.containsKey("shard") ? Shard.parse(a.get("shard")) : Shard.ALL;
		InpaintJob.TextureChoice texture = new InpaintJob.TextureChoice(Texture.parse(a.getOrDefault("texture",
			Texture.FROM_IMAGE.option())), seed(a.get("seed")));
		FolderJob.Fill fill = new FolderJob.Fill(holeValue, planes.equals("current") ? InpaintJob.Planes.CURRENT :
			InpaintJob.Planes.ALL, texture);
		return new FolderJob.Options(folders, fill, overwrite, shard, a.containsKey("write-masks"));
	}

	private static Long seed(String s) {
		if (s == null) return null;
		try {
			return Long.parseLong(s);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--seed takes a whole number, not '" + s + "'");
		}
	}

	private static EngineSettings settings(Map<String, String> a) {
		EngineSettings s = EngineSettings.defaults();
		if (!a.containsKey("threads")) return s;
		try {
			int n = Integer.parseInt(a.get("threads"));
			if (n < 1) throw new NumberFormatException();
			return s.withThreads(n);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--threads takes a positive whole number, not '" + a.get("threads") + "'");
		}
	}

	private static Path path(Map<String, String> a, String key) {
		return a.containsKey(key) ? Paths.get(a.get(key)) : null;
	}

	private static Double holeValue(String s) {
		if (s == null) return null;
		try {
			return s.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(s);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--hole-value takes a number or NaN, not '" + s + "'");
		}
	}
}
