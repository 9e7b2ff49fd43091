from worlds.validasi import main

raise SystemExit(main())
