from worlds.heldout import main

raise SystemExit(main())
