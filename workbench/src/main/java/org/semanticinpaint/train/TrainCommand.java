package org.semanticinpaint.train;

import java.util.List;

import org.semanticinpaint.util.CommandLineOptions;

/**
 * Trains a bundle stage by stage and exports it after every stage (the export is the checkpoint). When the output
 * folder already holds a bundle, training resumes from its weights and adds to its step counts.
 *
 * Options: {@link #USAGE} ({@code --help} prints it), for example {@code --dataset em-nanoparticles
 * --stages segment,inpaint,decode --minutes 5,10,10}, or {@code --config workbench/experiments/X.json} with any of
 * them typed after it to override the file's.
 */
public final class TrainCommand {

	static final String USAGE = """
		TrainCommand [--config workbench/experiments/X.json (options as JSON keys; options typed here win)]
		    --dataset em-nanoparticles|fluorescent-nuclei|phase-contrast-cells|street-scenes|folder
		    [--data DIR (default ../shared/data/DATASET)] [--out DIR (default models/DATASET; resumes a bundle there)]
		    [--stages segment,inpaint,decode,joint] [--minutes M,M,..] [--steps N,N,.. (whichever ends first)]
		    [--lr 1e-3,2e-4,..] [--lr-decay none|cosine (to a tenth by the end)]
		    [--lr-warmup 0 (steps ramping the rate up from zero; for resumed runs)] [--batch 8] [--threads 0 (all)]
		    [--seed 1] [--tile 128] [--width 16] [--segment-width 8 (on resume: a new width restarts segmentation)]
		    [--hidden 32] [--decode-upsampling nearest|bilinear (stage 2's; on resume it switches)] [--disc-width 32]
		    [--no-espa] [--segment-from BUNDLE] [--perceptual 1] [--control 0]
		    [--own-labels 0 (share of stage 2 holes guided by stage 1's own proposal)]
		    [--edits 0 (share of stage 2 holes with a class disc painted into the guidance; needs --control)]
		    [--ssim 0 (weight of 1 - SSIM in stage 2's hole)] [--adversarial 0.01 (weight of stage 2's LSGAN term)]
		    [--coarse-inputs 0 (share of segmentation crops whose hole stage 1 fills, as a proposal sees it)]
		    [--scratches 0.2] [--squares 0 (shares of the masks; rectangles 0.3, free-form strokes the rest)]
		    [--brightness 1,1 (range of a random gain on each crop)]
		  your own images/ + labels/ folders: --dataset folder --data DIR --channels 1 --classes background,cell [--name N]""";

	private TrainCommand() {}

	public static void main(String[] args) throws Exception {
		try {
			CommandLineOptions given = CommandLineOptions.parseOrExit(args, TrainOptions.OPTIONS, USAGE);
			run(TrainOptions.of(TrainOptions.withConfig(given.asMap())), new ConsoleProgress(System.out, 25));
		}
		catch (DivergenceGuard.TrainingDivergedException e) {
			System.err.println(e.getMessage());
			System.exit(1);
		}
	}

	/** Runs the options' stages; returns what was recorded in the card's training notes. */
	public static List<Provenance.Entry> run(TrainOptions options, TrainingListener listener) throws Exception {
		return TrainingRun.run(options, listener);
	}
}
