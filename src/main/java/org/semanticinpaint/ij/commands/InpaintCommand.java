package org.semanticinpaint.ij.commands;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.semanticinpaint.engine.EngineSettings;
import org.semanticinpaint.ij.InpaintJob;
import org.semanticinpaint.ij.ModelChoice;

/**
 * The one-shot Inpaint as a SciJava command, for scripts and headless use through a SciJava context. The menu
 * entry comes from plugins.config; this command is invisible (no menu path, and Fiji's search skips it), so Fiji
 * lists the action once. Failures cancel the command with the message as the reason.
 */
@Plugin(type = Command.class, headless = true, label = "Inpaint", visible = false)
public class InpaintCommand extends GuardedCommand {

	@Parameter
	private ImagePlus image;

	@Parameter(required = false, description = "non-zero = missing; the image's selection when absent")
	private ImagePlus mask;

	@Parameter(required = false, description = "guidance label image; the proposed labels when absent")
	private ImagePlus labels;

	@Parameter(description = "a shipped model name or a bundle folder")
	private String model = "em-nanoparticles";

	@Parameter
	private boolean allPlanes;

	@Parameter
	private boolean inPlace;

	@Parameter(choices = { "from image", "none" }, description = "fine detail from the image's own known pixels")
	private String texture = "from image";

	@Parameter(required = false, description = "the texture's seed, recorded in the result")
	private long seed = EngineSettings.defaults().texture().seed();

	@Parameter(type = ItemIO.OUTPUT)
	private ImagePlus result;

	@Override
	public void run() {
		if (image == null) { // a script that runs the command with process=false and no input
			cancel("No image was given to inpaint.");
			return;
		}
		guarded(() -> {
			InpaintJob.Request r = new InpaintJob.Request(image, new InpaintJob.Hole(image.getRoi(), mask, null),
				labels, allPlanes ? InpaintJob.Planes.ALL : InpaintJob.Planes.CURRENT,
				inPlace ? InpaintJob.Output.IN_PLACE : InpaintJob.Output.NEW_IMAGE,
				new InpaintJob.TextureChoice(TextureField.parse(texture), seed));
			result = ModelChoice.use(model, engine -> InpaintJob.run(engine, r)).image();
		});
	}
}
