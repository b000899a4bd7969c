package org.semanticinpaint.cli;

import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;

import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.BundleTrust;
import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.InpaintEngine;
import org.semanticinpaint.engine.InpaintException;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.ModelChoice;
import org.semanticinpaint.ij.batch.FolderJob;
import org.semanticinpaint.util.CommandLineOptions;

/**
 * Headless folder inpainting from the command line, the same job as Plugins>Semantic Inpainting>Inpaint Folder:
 * {@code java -cp ... org.semanticinpaint.cli.InpaintFolder --input in/ --output out/ [--masks masks/]
 * [--hole-value 0|NaN] [--model em-nanoparticles|bundle/folder] [--planes all|current] [--threads n] [--trust]}.
 * {@code --trust} loads a bundle you built yourself without its op and SHA-256 checks ({@link BundleTrust}).
 * Exit code 0 when every image was done, 1 when some were skipped, 2 on bad arguments.
 */
public final class InpaintFolder {

	static final String USAGE = "InpaintFolder --input <folder> --output <folder> [--masks <folder>] "
		+ "[--hole-value <number|NaN>] [--model <name|folder>] [--planes all|current] [--threads <n>] [--trust]";
	static final Set<String> OPTIONS = CommandLineOptions.names("input", "output", "masks", "hole-value", "model",
		"planes", "threads", "trust");

	private InpaintFolder() {}

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		Map<String, String> a = CommandLineOptions.parseOrExit(args, OPTIONS, USAGE).asMap();
		if (!a.containsKey("input") || !a.containsKey("output")) {
			System.err.println("--input and --output are required\n" + USAGE);
			System.exit(2);
		}
		if ("true".equals(a.get("trust"))) System.setProperty(BundleTrust.PROPERTY, "true");
		try {
			FolderJob.Options o = new FolderJob.Options(Paths.get(a.get("input")), Paths.get(a.get("output")),
				a.containsKey("masks") ? Paths.get(a.get("masks")) : null, holeValue(a.get("hole-value")),
				"current".equals(a.get("planes")) ? InpaintJob.Planes.CURRENT : InpaintJob.Planes.ALL);
			EngineSettings settings = EngineSettings.defaults();
			if (a.containsKey("threads")) settings = settings.withThreads(Integer.parseInt(a.get("threads")));
			try (InpaintEngine engine = InpaintEngine.open(ModelChoice.resolve(a.getOrDefault("model",
				"em-nanoparticles")), settings)) {
				FolderJob.Report r = FolderJob.run(engine, o, new ConsoleProgress());
				System.out.print(r.summary());
				System.exit(r.skipped.isEmpty() && !r.cancelled ? 0 : 1);
			}
		}
		catch (InpaintException | BundleException | IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.exit(2);
		}
	}

	private static Double holeValue(String s) {
		if (s == null) return null;
		return s.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(s);
	}

	/** One line per image on stderr. */
	private static final class ConsoleProgress implements Progress {
		@Override
		public void update(int done, int total, String what) {
			System.err.println("[" + done + "/" + total + "] " + what);
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	}
}
