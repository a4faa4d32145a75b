CREATE TABLE "t" (
	"m" "mood"
);
