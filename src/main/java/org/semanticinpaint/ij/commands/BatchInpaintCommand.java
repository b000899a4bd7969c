package org.semanticinpaint.ij.commands;

import java.io.File;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.ModelChoice;
import org.semanticinpaint.ij.batch.FolderJob;
import org.semanticinpaint.ij.batch.Shard;

/**
 * Inpaint Folder as a SciJava command; the summary is its output. Options as in {@link BatchInpaintPlugin}:
 * {@code labels} (255 = keep the proposal), {@code overwrite} (otherwise existing outputs are kept).
 */
@Plugin(type = Command.class, headless = true, label = "Inpaint Folder", visible = false)
public class BatchInpaintCommand extends GuardedCommand {

	@Parameter(style = FileWidget.DIRECTORY_STYLE)
	private File input;

	@Parameter(style = FileWidget.DIRECTORY_STYLE)
	private File output;

	@Parameter(style = FileWidget.DIRECTORY_STYLE, required = false)
	private File masks;

	@Parameter(style = FileWidget.DIRECTORY_STYLE, required = false,
		description = "class-ID label images with the inputs' names; 255 = keep the proposal there")
	private File labels;

	@Parameter(required = false, description = "pixel value of holes, a number or NaN")
	private String holeValue;

	@Parameter
	private String model = "em-nanoparticles";

	@Parameter
	private boolean allPlanes = true;

	@Parameter(required = false, description = "replace existing outputs (otherwise they are kept: a rerun resumes)")
	private boolean overwrite;

	@Parameter(choices = { "from image", "none" }, description = "fine detail from the image's own known pixels")
	private String texture = "from image";

	@Parameter(required = false, description = "the texture's seed, recorded in every result")
	private long seed = EngineSettings.defaults().texture().seed();

	@Parameter(required = false, description = "also write each result's filled pixels and guiding labels into " +
		"the output's masks and labels folders")
	private boolean writeMasks;

	@Parameter(type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		if (input == null || output == null) { // a script that runs the command with process=false
			cancel("Choose an input and an output folder.");
			return;
		}
		guarded(() -> {
			FolderJob.Folders folders = new FolderJob.Folders(input.toPath(), output.toPath(),
				masks == null ? null : masks.toPath(), labels == null ? null : labels.toPath());
			FolderJob.Fill fill = new FolderJob.Fill(BatchInpaintPlugin.holeValue(holeValue), allPlanes ?
				InpaintJob.Planes.ALL : InpaintJob.Planes.CURRENT, new InpaintJob.TextureChoice(TextureField.parse(
					texture), seed));
			FolderJob.Options o = new FolderJob.Options(folders, fill, overwrite, Shard.ALL, writeMasks);
			summary = ModelChoice.use(model, engine -> FolderJob.run(engine, o, Progress.NONE)).summary();
		});
	}
}
