package org.semanticinpaint.ij.commands;

import java.io.File;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;

import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.ModelChoice;
import org.semanticinpaint.ij.batch.FolderJob;

/** Inpaint Folder as a SciJava command; the summary is its output. */
@Plugin(type = Command.class, headless = true, label = "Inpaint Folder", visible = false)
public class BatchInpaintCommand extends GuardedCommand {

	@Parameter(style = FileWidget.DIRECTORY_STYLE)
	private File input;

	@Parameter(style = FileWidget.DIRECTORY_STYLE)
	private File output;

	@Parameter(style = FileWidget.DIRECTORY_STYLE, required = false)
	private File masks;

	@Parameter(required = false, description = "pixel value of holes, a number or NaN")
	private String holeValue;

	@Parameter
	private String model = "em-nanoparticles";

	@Parameter
	private boolean allPlanes = true;

	@Parameter(type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		guarded(() -> {
			FolderJob.Options o = new FolderJob.Options(input.toPath(), output.toPath(),
				masks == null ? null : masks.toPath(), BatchInpaintPlugin.holeValue(holeValue),
				allPlanes ? InpaintJob.Planes.ALL : InpaintJob.Planes.CURRENT);
			summary = ModelChoice.use(model, engine -> FolderJob.run(engine, o, Progress.NONE)).summary();
		});
	}
}
