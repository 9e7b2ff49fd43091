from worlds.akhir import main

raise SystemExit(main())
