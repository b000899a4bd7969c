package org.semanticinpaint.ij.commands;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.EngineCache;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.session.InpaintSession;
import org.semanticinpaint.ij.session.Sessions;

/** Render as a SciJava command, on a label image that Propose returned (edited or not). */
@Plugin(type = Command.class, headless = true, label = "Render", visible = false)
public class RenderCommand extends GuardedCommand {

	@Parameter
	private ImagePlus labels;

	@Parameter
	private boolean inPlace;

	@Parameter(choices = { "from image", "none" }, description = "fine detail from the image's own known pixels")
	private String texture = "from image";

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus result;

	@Override
	public void run() {
		if (labels == null) { // a script that runs the command with process=false and no input
			cancel("No label image was given; give the one Propose returned.");
			return;
		}
		InpaintSession s = Sessions.of(labels);
		if (s == null) {
			cancel("'" + labels.getTitle() + "' is not a label image from Propose; run Propose first.");
			return;
		}
		guarded(() -> {
			result = EngineCache.use(s.bundle(), engine -> s.render(engine,
				inPlace ? InpaintJob.Output.IN_PLACE : InpaintJob.Output.NEW_IMAGE, TextureField.parse(texture), Progress.NONE));
		});
	}
}
