// Inpaint every image of a folder, unattended (also headless:
//   ImageJ --headless -macro inpaint_folder.ijm "input=/data/in output=/data/out masks=/data/masks").
// The hole of each image: a mask with the same name in the masks folder (non-zero = missing), else the selection
// saved in the TIFF, else the pixels equal to hole_value (e.g. 0 for dead tiles of a stitched mosaic, NaN).
// Results are written to the output folder as TIFF; the inputs are never changed. A summary goes to the Log.
args = getArgument();
if (args == "") {
	input = getDirectory("Folder of images to inpaint");
	output = getDirectory("Folder for the results");
	args = "input=[" + input + "] output=[" + output + "] masks=[] hole_value=0";
}
setBatchMode(true);
run("Inpaint Folder...", args + " model=em-nanoparticles planes=[all planes]");
setBatchMode(false);
